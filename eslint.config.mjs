// ESLint for `office-addin-lint check` (it uses this file when present): the Office add-in rules
// (load/sync order, sync in loops) for TypeScript and React files, with prettier formatting.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's TypeScript block (parser, office-addins and prettier rules) covers *.ts only.
const typescriptBlock = officeAddins.configs.recommended.find((c) =>
  c.files?.some((f) => f.includes("ts"))
);

export default [
  { ignores: ["dist/**", "node_modules/**", "test-artifacts/**", "coverage/**"] },
  ...officeAddins.configs.react,
  { ...typescriptBlock, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    // The plugin's own block names the parser through a CommonJS default import that resolves
    // to undefined, so it is set here (as office-addin-lint's built-in config does).
    languageOptions: { parser: tsParser },
    settings: { react: { version: "detect" } },
    rules: {
      // TypeScript itself reports undefined names (typescript-eslint's advice), including the
      // Office, Excel and DOM globals that come from @types/office-js and lib.dom.
      "no-undef": "off",
      // The automatic JSX runtime needs no React import; props are typed by TypeScript.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  // Tests, fixtures and benches are linted too (package.json `lint`). Outside the fake-host and
  // add-in tests the cells they read are ExcelJS objects in memory, not Office.js proxies: the
  // load/sync rules do not apply there.
  {
    files: [
      "tests/{cli,workbook,fixtures,xlsx,domain,support}/**/*.{ts,tsx}",
      "tests/addin/appFiles.test.ts",
      "bench/**/*.ts",
    ],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    files: ["tests/support/**/*.js"],
    languageOptions: { globals: { process: "readonly", module: "writable", require: "readonly" } },
  },
  // Arrows point down (STYLE §1): the pure domain imports no workbook or host; the workbook
  // description and its readers import no host (hosts supply a WorkbookGrid and render a model).
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbook", "**/workbook/**", "**/xlsx/**", "**/office/**", "exceljs"],
              message: "src/domain is pure TypeScript: no workbook, ExcelJS or Office.js import.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/xlsx/**", "**/office/**", "exceljs", "exceljs/**"],
              message:
                "src/workbook imports no host: hosts supply a WorkbookGrid (src/workbook/grid.ts).",
            },
          ],
        },
      ],
    },
  },
];
