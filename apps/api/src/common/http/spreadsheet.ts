import ExcelJS from 'exceljs';

/**
 * Spreadsheet exports (CSV and XLSX) for every feature: one escaping rule, one CSV dialect.
 * Files are read by people in Excel or LibreOffice, not parsed by programs.
 */

/** Neutralises spreadsheet formulas (CSV/XLSX injection): a cell starting with = + - @ or a control char gets a leading '. */
export function escapeCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map((v) => {
    const s = escapeCell(v);
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}

export type SheetCell = string | number | null;

export interface SheetTable {
  /** The sheet's name (≤ 31 characters, no []:*?/\). */
  name: string;
  header: string[];
  rows: SheetCell[][];
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** CSV with a BOM, so Excel opens UTF-8 (ə, ş, ğ) correctly; numbers as they are, text escaped. */
export function csvFile(table: SheetTable, filename: string): ExportFile {
  const csv = '\uFEFF' + [csvLine(table.header), ...table.rows.map((r) => csvLine(r.map((v) => (typeof v === 'number' ? v : v ?? ''))))].join('\r\n') + '\r\n';
  return { body: Buffer.from(csv, 'utf8'), contentType: 'text/csv; charset=utf-8', filename: `${filename}.csv` };
}

/**
 * XLSX, one sheet per table: numbers as number cells, text as escaped string cells (a string cell is not
 * evaluated, but it would be once someone edits it and presses Enter).
 */
export async function xlsxFile(tables: SheetTable[], filename: string): Promise<ExportFile> {
  const book = new ExcelJS.Workbook();
  for (const t of tables) {
    const sheet = book.addWorksheet(t.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow(t.header.map(escapeCell));
    for (const r of t.rows) sheet.addRow(r.map((v) => (typeof v === 'number' ? v : escapeCell(v))));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c, i) => (c.width = Math.max(10, Math.min(40, Math.max(...[t.header[i], ...t.rows.map((r) => r[i])].map((v) => String(v ?? '').length)) + 2))));
  }
  return { body: Buffer.from(await book.xlsx.writeBuffer()), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${filename}.xlsx` };
}
