/* eslint-disable no-undef */
// Builds the add-in pages into dist/ (taskpane.html, commands.html, their scripts, assets, manifest).
// Follows the Office-Addin-TaskPane-React template, minus its IE 11 polyfills: Fluent UI v9 needs a
// modern engine anyway. The CLI is compiled by tsc into dist/src/, which this build must keep.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// CHANGE THIS (or set GANGZE_PROD_URL) to where dist/ is deployed; see docs/addin.md.
const urlProd = process.env.GANGZE_PROD_URL || "https://gangze.example.org/";

/** Rewrites the development URLs of a manifest to the production base URL (must end with "/"). */
function rewriteManifestUrls(content, prodUrl = urlProd) {
  if (!/^https:\/\/[^\s"<>]+\/$/.test(prodUrl)) {
    throw new Error(`生产地址必须以 https:// 开头并以 / 结尾：${prodUrl}`);
  }
  return content.split(urlDev).join(prodUrl);
}

async function getHttpsOptions() {
  // Loaded only for `webpack serve`: a production build must not need certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    target: ["web", "es2019"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Entry and vendor scripts keep stable names (the HTML references them); on-demand chunks
      // carry a content hash so a deployment never serves a stale one.
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      // tsc compiles the CLI, the benchmarks and what they import into dist/ too: keep them.
      clean: { keep: (asset) => /^(src|bench|tests|templates)[\\/]/.test(asset) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // src/xlsx/guard.ts (the CLI's bounded pre-read) imports zlib; the pane never loads it
      fallback: { zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              transpileOnly: true,
              // Office 2019 on Windows runs add-ins in EdgeHTML 18, which lacks ES2020 syntax.
              compilerOptions: { target: "es2019", sourceMap: true },
            },
          },
        },
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteManifestUrls(content.toString());
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serve ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
