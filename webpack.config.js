/* eslint-disable no-undef */
// Builds the add-in pages into dist/ (taskpane.html, commands.html, their scripts, assets, manifest)
// and, in the same run, dist/gangze.html: the browser-mode app in one file that works opened from
// disk (no server, no network). docs/deploy.md says how an office hosts and installs them.
//
// Engines: every script the pages load is compiled by Babel for EdgeHTML 18 (Office 2019 retail
// without WebView2) with core-js polyfills; Internet Explorer 11 is met by an ES5 guard script
// (src/guard/engineGuard.js) inlined in each page before the bundles. The CLI is compiled by tsc
// into dist/src/, which this build keeps.

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
/** The documented value for builds that are never deployed (tests, CI): `.invalid` cannot resolve. */
const TEST_PROD_URL = "https://gangze.invalid/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where a build with office.js served locally puts the @microsoft/office-js files. */
const OFFICE_JS_LOCAL_DIR = "office-js";

/** Checks a production base URL: https, ending with "/". */
function checkProdUrl(prodUrl) {
  if (!/^https:\/\/[^\s"<>]+\/$/.test(prodUrl)) {
    throw new Error(`生产地址必须以 https:// 开头并以 / 结尾：${prodUrl}`);
  }
  return prodUrl;
}

/** The production base URL of a build: --env prodUrl=… or GANGZE_PROD_URL. There is no default:
 *  a manifest pointing at a made-up host would install and then show an empty pane. */
function productionUrl(env = {}) {
  const url = env.prodUrl || process.env.GANGZE_PROD_URL;
  if (!url) {
    throw new Error(
      "生产构建需要加载项的部署地址（HTTPS，以 / 结尾），例如：\n" +
        "  GANGZE_PROD_URL=https://oa.example.gov.cn/gangze/ npm run build\n" +
        `测试或 CI 中不部署的构建请用：npm run build:test（地址 ${TEST_PROD_URL}）。见 docs/deploy.md。\n` +
        "A production build needs the add-in's URL: set GANGZE_PROD_URL (see docs/deploy.md)."
    );
  }
  return checkProdUrl(url);
}

/** Rewrites the development URLs of a manifest to the production base URL (must end with "/"). */
function rewriteManifestUrls(content, prodUrl) {
  return content.split(urlDev).join(checkProdUrl(prodUrl));
}

/** Where the pages load office.js from: Microsoft's CDN, or "local" (copied from the pinned
 *  @microsoft/office-js package into dist/office-js/, for offices without internet). */
function officeJsMode(env = {}) {
  const mode = env.officeJs || process.env.GANGZE_OFFICE_JS || "cdn";
  if (mode !== "cdn" && mode !== "local") {
    throw new Error(`GANGZE_OFFICE_JS 只能是 cdn 或 local：${mode}`);
  }
  return mode;
}

/** The engines the pages must run in: Office 2019 retail without WebView2 shows add-ins in
 *  EdgeHTML 18 (ES2017 syntax, no regex lookbehind, no Object.fromEntries, …). IE 11 is refused
 *  by the ES5 guard, not supported. */
const ENGINES = { edge: "18", chrome: "70", firefox: "68", safari: "12" };

/** Babel over every script the pages load: syntax down to what ENGINES parse, and core-js
 *  polyfills for the built-ins the code actually uses (useBuiltIns "usage"). */
const babelLoader = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    // node_modules mixes CommonJS and ES modules: let Babel add require() or import to each.
    sourceType: "unambiguous",
    cacheDirectory: true,
    compact: false,
    presets: [
      [
        "@babel/preset-env",
        {
          targets: ENGINES,
          modules: false,
          bugfixes: true,
          useBuiltIns: "usage",
          corejs: require("core-js/package.json").version,
        },
      ],
    ],
  },
};

const scriptRules = [
  {
    // Our code: TypeScript to ES2017, then Babel for the polyfills.
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: [
      babelLoader,
      {
        loader: "ts-loader",
        options: {
          configFile: "tsconfig.json",
          transpileOnly: true,
          compilerOptions: { target: "es2017", sourceMap: true },
        },
      },
    ],
  },
  {
    // Vendor code (React, Fluent UI, ExcelJS, …) ships `?.`, `??=`, object spread and `catch {}`:
    // it goes through the same Babel pass. core-js and webpack's own runtime must not (core-js
    // would polyfill itself in a loop).
    test: /\.m?js$/,
    include: /node_modules/,
    exclude: /node_modules[\\/](core-js|webpack)[\\/]/,
    use: babelLoader,
  },
];

const engineGuard = fs.readFileSync(path.join(__dirname, "src/guard/engineGuard.js"), "utf8");

async function getHttpsOptions() {
  // Loaded only for `webpack serve`: a production build must not need certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** The add-in: taskpane.html, commands.html, hashed scripts, assets, manifest.xml. */
async function addinConfig(env, dev, serve) {
  const prodUrl = dev ? urlDev : productionUrl(env);
  const officeJs = officeJsMode(env);
  const officeJsSrc = officeJs === "local" ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  const page = (filename, template, chunk) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks: [chunk],
      engineGuard,
      officeJsSrc,
    });
  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext][query]" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        return dev ? content : rewriteManifestUrls(content.toString(), prodUrl);
      },
    },
  ];
  if (officeJs === "local") {
    copies.push({
      from: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
      to: OFFICE_JS_LOCAL_DIR,
      globOptions: { ignore: ["**/*.debug.js"] },
    });
  }
  return {
    name: "addin",
    mode: dev ? "development" : "production",
    devtool: "source-map",
    // webpack's own runtime code may use ES2017 and nothing newer (EdgeHTML 18).
    target: ["web", "es2017"],
    entry: {
      // the EdgeHTML 18 polyfills run before anything else on each page
      taskpane: ["./src/polyfills/edgeHtml18.ts", "./src/taskpane/index.tsx"],
      commands: ["./src/polyfills/edgeHtml18.ts", "./src/commands/commands.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Every script carries a content hash: an update reaches every client as soon as the two
      // HTML pages (served with Cache-Control: no-cache) are fetched again; see docs/deploy.md.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      // tsc compiles the CLI, the benchmarks and what they import into dist/ too: keep them, and
      // the single-file app the second configuration writes.
      clean: { keep: (asset) => /^(src|bench|tests|templates)[\\/]|^gangze\.html$/.test(asset) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // src/xlsx/guard.ts (the CLI's bounded pre-read) imports zlib; the pane never loads it
      fallback: { zlib: false },
    },
    module: {
      rules: [
        ...scriptRules,
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      // Shared vendor code (React, Fluent UI) goes to its own chunk; heavy layers (ExcelJS, the
      // workbook writer) must be reached only through dynamic import() so they load on demand.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page("taskpane.html", "./src/taskpane/taskpane.html", "taskpane"),
      page("commands.html", "./src/commands/commands.html", "commands"),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serve ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
}

/** Turns the single bundle of the standalone configuration into dist/gangze.html: the script
 *  inline, every other asset dropped (licence texts go into a comment at the top). */
class InlineSingleFilePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineSingleFile", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "InlineSingleFile",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        (assets) => {
          const names = Object.keys(assets);
          const scripts = names.filter((n) => n.endsWith(".js"));
          if (scripts.length !== 1) {
            compilation.errors.push(
              new webpack.WebpackError(`gangze.html needs exactly one script, got ${scripts}`)
            );
            return;
          }
          const licences = names
            .filter((n) => n.endsWith(".LICENSE.txt"))
            .map((n) => assets[n].source().toString())
            .join("\n")
            .replace(/--/g, "- -");
          // "</script" inside the code would end the element: "<\/script" means the same in JS.
          const code = assets[scripts[0]]
            .source()
            .toString()
            .replace(/<\/(script)/gi, "<\\/$1");
          const template = fs.readFileSync(
            path.join(__dirname, "src/standalone/gangze.html"),
            "utf8"
          );
          const html = template
            .replace("<!--LICENCES-->", () => `<!--\n${licences}\n-->`)
            .replace("/*ENGINE_GUARD*/", () => engineGuard)
            .replace("/*APP*/", () => code);
          for (const name of names) compilation.deleteAsset(name);
          compilation.emitAsset("gangze.html", new webpack.sources.RawSource(html));
        }
      );
    });
  }
}

/** dist/gangze.html: the whole browser-mode app in one file (see src/standalone/index.tsx). */
function standaloneConfig(dev) {
  return {
    name: "standalone",
    mode: dev ? "development" : "production",
    devtool: false,
    target: ["web", "es2017"],
    entry: { gangze: ["./src/polyfills/edgeHtml18.ts", "./src/standalone/index.tsx"] },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "gangze.standalone.js",
      publicPath: "",
      clean: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // src/xlsx/guard.ts (the CLI's bounded pre-read) imports zlib; the pane never loads it
      fallback: { zlib: false },
    },
    module: { rules: scriptRules },
    performance: { hints: false },
    plugins: [
      // import() of the app and ExcelJS stays in the same file: a page opened from disk cannot
      // load chunks in every browser (file:// fetches are blocked in Chromium-based ones).
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new InlineSingleFilePlugin(),
    ],
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  // `--config-name standalone` builds gangze.html alone, without asking for the add-in's URL
  const names = options.configName;
  if (names && !names.includes("addin")) return [standaloneConfig(dev)];
  const addin = await addinConfig(env, dev, serve);
  return serve ? addin : [addin, standaloneConfig(dev)];
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.productionUrl = productionUrl;
module.exports.urlDev = urlDev;
module.exports.TEST_PROD_URL = TEST_PROD_URL;
module.exports.ENGINES = ENGINES;
