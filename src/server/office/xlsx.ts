import ExcelJS from 'exceljs';

export type Column<T> = {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  numFmt?: string;
};

/** Adds a sheet to a workbook: bold frozen header, column widths, optional title row above the table. */
export function addTableSheet<T>(
  wb: ExcelJS.Workbook,
  sheetName: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  title?: string,
) {
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  let headerRow = 1;
  if (title) {
    ws.addRow([title]);
    ws.mergeCells(1, 1, 1, columns.length);
    const cell = ws.getCell(1, 1);
    cell.font = { bold: true, size: 14 };
    cell.alignment = { horizontal: 'center' };
    headerRow = 2;
  }
  ws.addRow(columns.map((c) => c.header));
  ws.getRow(headerRow).font = { bold: true };
  ws.getRow(headerRow).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  return ws;
}

/** A drop-down list on a range of cells ("B2:B5001"). */
export function addListValidation(ws: ExcelJS.Worksheet, range: string, names: readonly string[]) {
  // exceljs keeps range validations in worksheet.dataValidations (present at runtime, absent from its typings).
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${names.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '请从下拉列表中选择',
    error: '请从下拉列表中选择一个值',
  });
}

/** A new workbook signed by the application. */
export function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tuijin 推进';
  wb.created = new Date();
  return wb;
}

/** A one-sheet workbook: bold frozen header, column widths, optional title row above the table. */
export async function tableWorkbook<T>(
  sheetName: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  title?: string,
) {
  const wb = newWorkbook();
  addTableSheet(wb, sheetName, columns, rows, title);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
