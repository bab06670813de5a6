import ExcelJS from 'exceljs';
import type { ImportProblem, SheetRow } from '../../domain/imports/project-sheet';
import { AppError } from '../http/errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A cell's plain value: text, number, Date or boolean; rich text and hyperlinks reduced to their text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v && 'text' in v)
    return typeof v.text === 'string' ? v.text : plain(v.text as ExcelJS.CellValue);
  if ('error' in v) return `#${String(v.error)}`;
  return String(v);
}

export type ReadSheet = { sheetName: string; header: SheetRow; rows: SheetRow[]; problems: ImportProblem[] };

/**
 * Opens the first worksheet of an uploaded .xlsx and returns its header row and data rows.
 * Refuses (nothing written, a clear reason): a file that is not .xlsx, a password-protected or
 * corrupted one, an empty sheet, merged cells, and more rows than the limit. Formulas are
 * reported per cell: people must paste values.
 */
export async function readFirstSheet(bytes: Buffer, maxRows: number): Promise<ReadSheet> {
  if (starts(bytes, OLE)) {
    throw new AppError(
      'FILE_INVALID',
      'The workbook is password-protected or in the old .xls format: save it as an unprotected .xlsx',
    );
  }
  if (!starts(bytes, ZIP)) throw new AppError('FILE_INVALID', 'The file is not an .xlsx workbook');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('FILE_INVALID', 'The workbook cannot be read: it is damaged or not an .xlsx file');
  }
  const ws = wb.worksheets.find((w) => w.state !== 'hidden' && w.actualRowCount > 0) ?? wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0) throw new AppError('FILE_INVALID', 'The sheet is empty');
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  if (merges.length) {
    throw new AppError(
      'FILE_INVALID',
      `The sheet "${ws.name}" has merged cells (${merges.slice(0, 5).join(', ')}): unmerge them and fill every cell`,
      {
        merges,
      },
    );
  }
  if (ws.actualRowCount - 1 > maxRows) {
    throw new AppError(
      'FILE_INVALID',
      `The sheet has ${ws.actualRowCount - 1} data rows; at most ${maxRows} can be imported at once`,
      {
        rows: ws.actualRowCount - 1,
        maxRows,
      },
    );
  }
  const problems: ImportProblem[] = [];
  const all: SheetRow[] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) {
        problems.push({
          row: rowNumber,
          column: columnName(c),
          value: `=${cell.formula ?? ''}`,
          reason: 'formulas are not accepted: copy the column and paste values only',
        });
        cells.push(null);
        continue;
      }
      cells.push(plain(cell.value));
    }
    all.push({ row: rowNumber, cells });
  });
  const [header, ...rows] = all;
  if (!header) throw new AppError('FILE_INVALID', 'The sheet is empty');
  if (rows.length === 0) throw new AppError('FILE_INVALID', 'The sheet has a header but no data rows');
  return { sheetName: ws.name, header, rows, problems };
}
