// The XML manifest validates against the Office XSDs (offline, xmllint), before and after the
// production URL rewrite of webpack.config.js, and says what the add-in needs.

import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMA = path.resolve(
  __dirname,
  "../../../shared/schemas/manifest/OfficeAppManifestV1_1.xsd"
);
const MANIFEST = path.join(ROOT, "manifest.xml");
const webpackConfig = require("../../webpack.config.js") as {
  rewriteManifestUrls(content: string, prodUrl: string): string;
  productionUrl(env: { prodUrl?: string }): string;
  urlDev: string;
  TEST_PROD_URL: string;
};

function xmllint(file: string): { status: number | null; stderr: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

function writeTemp(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-manifest-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const source = fs.readFileSync(MANIFEST, "utf8");

test("manifest.xml validates against OfficeAppManifestV1_1.xsd", () => {
  const result = xmllint(MANIFEST);
  expect(result.stderr).toContain("validates");
  expect(result.status).toBe(0);
});

test("the validator is live: Requirements after DefaultSettings is rejected", () => {
  const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(source)![0];
  const misplaced = source
    .replace(requirements, "")
    .replace("</DefaultSettings>", `</DefaultSettings>${requirements}`);
  expect(xmllint(writeTemp("misplaced.xml", misplaced)).status).not.toBe(0);
});

test("the production rewrite replaces every development URL and still validates", () => {
  const devCount = source.split(webpackConfig.urlDev).length - 1;
  // IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation, 3 bt:Image, 3 bt:Url, header comment
  expect(devCount).toBe(4 + 3 + 3 + 1);
  const rewritten = webpackConfig.rewriteManifestUrls(source, "https://gangze.example.org/addin/");
  expect(rewritten).not.toContain("localhost");
  expect(rewritten.split("https://gangze.example.org/addin/").length - 1).toBe(devCount);
  expect(xmllint(writeTemp("manifest.xml", rewritten)).status).toBe(0);
});

test("a production build without its URL fails loudly, naming the setting and docs/deploy.md", () => {
  const saved = process.env.GANGZE_PROD_URL;
  delete process.env.GANGZE_PROD_URL;
  try {
    expect(() => webpackConfig.productionUrl({})).toThrow(/GANGZE_PROD_URL[\s\S]*docs\/deploy\.md/);
    expect(webpackConfig.productionUrl({ prodUrl: webpackConfig.TEST_PROD_URL })).toBe(
      "https://gangze.invalid/"
    );
    process.env.GANGZE_PROD_URL = "https://oa.example.gov.cn/gangze/";
    expect(webpackConfig.productionUrl({})).toBe("https://oa.example.gov.cn/gangze/");
    process.env.GANGZE_PROD_URL = "http://oa.example.gov.cn/gangze/";
    expect(() => webpackConfig.productionUrl({})).toThrow(/https/);
  } finally {
    if (saved === undefined) delete process.env.GANGZE_PROD_URL;
    else process.env.GANGZE_PROD_URL = saved;
  }
});

test("the rewrite refuses a production URL that is not https or lacks the trailing slash", () => {
  expect(() => webpackConfig.rewriteManifestUrls(source, "http://gangze.example.org/")).toThrow(
    /https/
  );
  expect(() => webpackConfig.rewriteManifestUrls(source, "https://gangze.example.org")).toThrow(
    /以 \/ 结尾/
  );
});

test("Excel only, ExcelApi 1.8 minimum, Chinese by default with English overrides", () => {
  expect(source).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
  expect(source).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
  expect(source).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
  expect(source).toMatch(
    /<DisplayName DefaultValue="岗责">\s*<Override Locale="en-US" Value="Gangze"\/>/
  );
  for (const [zh, en] of [
    ["打开面板", "Open pane"],
    ["检查", "Check"],
    ["评分", "Score"],
  ]) {
    expect(source).toMatch(
      new RegExp(`DefaultValue="${zh}">\\s*<bt:Override Locale="en-US" Value="${en}"/>`)
    );
  }
});

test("ribbon functions named in the manifest are the ones commands.ts registers", () => {
  const named = [...source.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(named).toEqual(["runCheck", "runScore"]);
  const commands = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
  const registered = [...commands.matchAll(/associate\("(\w+)"/g)].map((m) => m[1]);
  expect(registered).toEqual(named);
});

test("every icon the manifest names exists as a PNG of that size", () => {
  const icons = [
    ...new Set([...source.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]))),
  ].sort((a, b) => a - b);
  expect(icons).toEqual([16, 32, 64, 80]);
  for (const size of icons) {
    const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // IHDR width and height are the big-endian words at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});
