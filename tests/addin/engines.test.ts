// Every script the add-in's pages and gangze.html load parses as ES2017 with no regex lookbehind
// (EdgeHTML 18: Office 2019 retail without WebView2), and the guard each page inlines before the
// bundles parses as ES5 (Internet Explorer 11: Office 2019 volume-licensed). Parsed with acorn,
// which also validates regular expression literals against the edition's grammar.

import fs from "fs";
import path from "path";
import * as acorn from "acorn";
import {
  BUILD_TIMEOUT_MS,
  DIST,
  ensureDistBuilt,
  ensureStandaloneBuilt,
} from "../e2e/support/build";

type Edition = 5 | 2017;

function parse(code: string, ecmaVersion: Edition): acorn.Node {
  return acorn.parse(code, { ecmaVersion, sourceType: "script" });
}

/** The problems of one script at an edition: a syntax error, or a RegExp built from a string
 *  with syntax newer than ES2017 (acorn only sees literals). */
function problems(code: string, ecmaVersion: Edition): string[] {
  let tree: acorn.Node;
  try {
    tree = parse(code, ecmaVersion);
  } catch (error) {
    const e = error as SyntaxError & { pos?: number };
    const at = e.pos ?? 0;
    return [`${e.message}: …${code.slice(Math.max(0, at - 40), at + 40)}…`];
  }
  const found: string[] = [];
  walk(tree, (node) => {
    const n = node as acorn.Node & {
      callee?: { type: string; name?: string };
      arguments?: { type: string; value?: unknown }[];
    };
    if (
      (n.type === "NewExpression" || n.type === "CallExpression") &&
      n.callee?.type === "Identifier" &&
      n.callee.name === "RegExp"
    ) {
      const [pattern, flags] = (n.arguments ?? []).map((a) =>
        a.type === "Literal" && typeof a.value === "string" ? a.value : null
      );
      if (pattern && /\(\?<[=!]|\(\?<[A-Za-z_$]|\\[pP]\{/.test(pattern)) {
        found.push(`new RegExp(${JSON.stringify(pattern)}) uses ES2018 syntax`);
      }
      if (flags && /s/.test(flags)) found.push(`new RegExp(…, "${flags}") uses the ES2018 s flag`);
    }
  });
  return found;
}

function walk(node: unknown, visit: (node: acorn.Node) => void): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const n = node as acorn.Node & Record<string, unknown>;
  if (typeof n.type === "string") visit(n);
  for (const key of Object.keys(n)) {
    if (key !== "type" && key !== "start" && key !== "end") walk(n[key], visit);
  }
}

/** Inline scripts of an HTML page (without a src attribute). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

beforeAll(() => {
  ensureDistBuilt();
  ensureStandaloneBuilt();
}, BUILD_TIMEOUT_MS);

test("the parser is strict where it must be: newer syntax fails, ES2017 passes", () => {
  for (const newer of [
    "a?.b",
    "a ??= b",
    "try {} catch {}",
    "x = {...y}",
    "/(?<=a)b/",
    "/(?<year>\\d{4})/",
    "/a.b/s",
    "async function* g() {}",
  ]) {
    expect(problems(newer, 2017)).not.toEqual([]);
  }
  expect(problems('new RegExp("(?<!x)y")', 2017)).not.toEqual([]);
  expect(problems("async (a, b,) => { await a; return {a, b}; }", 2017)).toEqual([]);
  expect(problems("var f = () => 1", 5)).not.toEqual([]);
  expect(problems("var f = function () { return 1; }", 5)).toEqual([]);
});

test("every script the add-in's pages load parses as ES2017", () => {
  const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  // vendor, taskpane, commands and the on-demand chunks (ExcelJS among them)
  expect(scripts.length).toBeGreaterThanOrEqual(5);
  expect(scripts.some((f) => /^vendor\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  const failures = scripts.flatMap((file) =>
    problems(fs.readFileSync(path.join(DIST, file), "utf8"), 2017).map((p) => `${file}: ${p}`)
  );
  expect(failures).toEqual([]);
});

test("each page's inline guard parses as ES5 and comes before every bundle", () => {
  for (const page of ["taskpane.html", "commands.html", "gangze.html"]) {
    const html = fs.readFileSync(path.join(DIST, page), "utf8");
    const inline = inlineScripts(html);
    expect(inline.length).toBeGreaterThanOrEqual(1);
    const guard = inline[0];
    expect(guard).toContain("__gangzeEngineTooOld");
    expect(problems(guard, 5)).toEqual([]);
    const guardAt = html.indexOf("__gangzeEngineTooOld");
    const bundleAt = html.search(/<script[^>]*\ssrc="?(?!https?:|office-js\/)[^"\s>]+\.js/);
    if (page === "gangze.html") {
      // the app itself is the second inline script, after the guard
      expect(inline).toHaveLength(2);
      expect(problems(inline[1], 2017)).toEqual([]);
    } else {
      expect(bundleAt).toBeGreaterThan(guardAt);
    }
  }
});

test("the guard names what the office needs, in Chinese", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  for (const words of ["Microsoft 365", "Office 2021", "WebView2", "Office 2019"]) {
    expect(html).toContain(words);
  }
});
