// ExcelJS's default theme part (a module exporting the XML text), written as xl/theme/theme1.xml.
declare module "exceljs/lib/xlsx/xml/theme1.js" {
  const xml: string;
  export default xml;
}
