// Writes a WorkbookModel as an .xlsx package (CLI, tests, browser download) without building an
// ExcelJS workbook first: each sheet's XML is rendered row by row (src/xlsx/sheetXml.ts) and
// deflated piece by piece (src/xlsx/zipWriter.ts), so memory is the model plus the compressed
// package (a 500-person month: 1.2 GB peak through ExcelJS, see docs/performance.md). The parts
// are those ExcelJS writes; src/xlsx/writer.ts keeps the ExcelJS rendering for
// src/xlsx/keep.ts, which merges an old workbook into the new one, and tests compare the two.

import { modelProblems, type SheetModel, type WorkbookModel } from "../workbook/model";
import { loadExcelJS } from "./exceljs";
import { commentParts, printNames, renderSheet, SharedStrings } from "./sheetXml";
import { StyleSheet } from "./styleSheet";
import { xmlText } from "./xmlText";
import { loadDeflate, ZipWriter } from "./zipWriter";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

/** `sheet="1" … spinCount` attributes of a password, hashed by ExcelJS's own routine. */
async function passwordHash(password: string): Promise<string> {
  const ExcelJS = await loadExcelJS();
  const ws = new ExcelJS.Workbook().addWorksheet("x");
  // a password is hashed SHA-512 × spinCount; 100,000 (the default) costs ~0.2 s a sheet
  await ws.protect(password, { spinCount: 1000 });
  const p = (ws as unknown as { sheetProtection: Record<string, string | number> }).sheetProtection;
  return ` algorithmName="${p.algorithmName}" hashValue="${p.hashValue}" saltValue="${p.saltValue}" spinCount="${p.spinCount}"`;
}

export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const problems = modelProblems(model);
  if (problems.length) throw new Error(`工作簿“${model.title}”描述有误：\n${problems.join("\n")}`);
  const n = model.sheets.length;
  const hashes = await Promise.all(
    model.sheets.map((s) => (s.protection?.password ? passwordHash(s.protection.password) : ""))
  );
  const { default: theme } = (await import("exceljs/lib/xlsx/xml/theme1.js")) as {
    default: string;
  };
  const zip = new ZipWriter(await loadDeflate());
  const part = (name: string, text: string) => zip.add(name, (emit) => emit(text));
  part("[Content_Types].xml", contentTypes(model.sheets));
  part("_rels/.rels", rootRels());
  part("docProps/app.xml", appXml(model.sheets));
  part("docProps/core.xml", coreXml(model.title));
  part("xl/workbook.xml", workbookXml(model));
  part("xl/_rels/workbook.xml.rels", workbookRels(n));
  part("xl/theme/theme1.xml", theme);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  model.sheets.forEach((s, i) => {
    zip.add(`xl/worksheets/sheet${i + 1}.xml`, (emit) =>
      renderSheet(s, { styles, strings, passwordHash: hashes[i] || undefined }, emit)
    );
    for (const c of commentParts(s, i + 1)) part(c.name, c.xml);
  });
  part("xl/styles.xml", styles.xml());
  zip.add("xl/sharedStrings.xml", (emit) => strings.xml(emit));
  return zip.finish();
}

function contentTypes(all: SheetModel[]): string {
  const sheets = all
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  const comments = all
    .map((s, i) =>
      s.comments?.length
        ? `<Override PartName="/xl/comments${i + 1}.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>`
        : ""
    )
    .join("");
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    sheets +
    `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    comments +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    "</Types>"
  );
}

function rootRels(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>"
  );
}

/** Relationship ids: styles rId1, theme rId2, shared strings rId3, sheets from rId4. */
function workbookRels(n: number): string {
  const sheets = Array.from(
    { length: n },
    (_, i) =>
      `<Relationship Id="rId${i + 4}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  ).join("");
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    sheets +
    "</Relationships>"
  );
}

function appXml(sheets: SheetModel[]): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    "<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>" +
    "</Properties>"
  );
}

/** Fixed timestamps keep the output reproducible. */
function coreXml(title: string): string {
  const at = "2000-01-01T00:00:00Z";
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>岗责 Gangze</dc:creator><dc:title>${xmlText(title)}</dc:title>` +
    "<dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>Unknown</cp:lastModifiedBy>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

function workbookXml(model: WorkbookModel): string {
  // <bookViews> (Excel is reported to crash in print preview without it), opening on the first
  // visible sheet
  const activeTab = Math.max(
    0,
    model.sheets.findIndex((s) => !s.hidden)
  );
  const sheets = model.sheets
    .map(
      (s, i) =>
        `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="${s.hidden ? "hidden" : "visible"}" r:id="rId${i + 4}"/>`
    )
    .join("");
  const names = [
    ...model.definedNames.map(
      (d) => `<definedName name="${xmlText(d.name)}">${xmlText(d.ref)}</definedName>`
    ),
    ...model.sheets.flatMap((s, i) =>
      printNames(s, i).map(
        (d) =>
          `<definedName name="${d.name}" localSheetId="${d.localSheetId}">${xmlText(d.ref)}</definedName>`
      )
    ),
  ].join("");
  return (
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="17600" firstSheet="0" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    '<calcPr calcId="171027"/></workbook>'
  );
}
