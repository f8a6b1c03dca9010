// Writing spreadsheets safely, for every .xlsx export: every text cell goes through the domain's
// neutraliseSpreadsheetFormula (text starting with = + - @ tab or CR is stored as plain text, so a
// title like =HYPERLINK(…) can never run as a formula in Excel or WPS), civil dates become real date
// cells, and each sheet gets a bold, frozen, filterable header row.
import { neutraliseSpreadsheetFormula, type LocalDate } from "@jyta/domain";
import ExcelJS from "exceljs";

export type CellValue = string | number | boolean | Date | null;

export interface SheetColumn {
  header: string;
  /** Width in characters (a CJK character counts about 2). */
  width: number;
  /** Excel number format, e.g. yyyy-mm-dd or 0.0%. */
  numFmt?: string;
}

/** The only way values reach a cell: text is neutralised, everything else passes as is. */
export function safeCell(value: CellValue): CellValue {
  return typeof value === "string" ? neutraliseSpreadsheetFormula(value) : value;
}

/** A civil date (YYYY-MM-DD) as a date cell at midnight UTC, which Excel shows as that same day. */
export function civilDateCell(date: LocalDate | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export function newWorkbook(created: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "建议提案办理平台";
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}

/** Adds a sheet with a header row and data rows, every value through safeCell. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], rows: ReadonlyArray<readonly CellValue[]>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.addRow(columns.map((c) => safeCell(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  for (const row of rows) sheet.addRow(row.map(safeCell));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
