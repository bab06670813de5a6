/**
 * A chain's nodes as a workbook: the export (one sheet of nodes with path codes, read-only state
 * and gap columns, a 环节 drop-down and a sheet of rules), the empty template, and reading an
 * uploaded sheet back into rows (cell by cell, each problem with row, column, value and reason).
 */
import type ExcelJS from 'exceljs';
import { SEGMENTS, type Segment } from '../../domain/atlas/fields';
import { chainOrder } from '../../domain/atlas/tree';
import {
  byName,
  fail,
  indexColumns,
  isBlankRow,
  limited,
  ok,
  rowReader,
  show,
  type ColumnSpec,
  type ImportProblem,
  type SheetRow,
} from '../../domain/imports/sheet';
import type { Parsed } from '../../domain/imports/values';
import { LIMITS } from '../../domain/limits';
import { addListValidation, addTableSheet, newWorkbook, type Column } from '../office/xlsx';
import type { ChainDetail, NodeView } from './schemas';
import { GAP_NAMES, SEGMENT_NAMES, STATE_NAMES, gapReasonText, nodeCodes, stateReasonText } from './wording';

/** At most this many node rows in one file (a chain has tens of nodes, not thousands). */
export const NODE_IMPORT_MAX_ROWS = 500;
const KEY_TECH = { items: 30, length: 60 } as const;

export const NODE_COLUMNS = [
  { key: 'code', header: '节点编号', aliases: ['编号', '节点代码', '代码'], required: false },
  {
    key: 'parent',
    header: '上级节点',
    aliases: ['上级', '父节点', '上级节点编号', '上级节点名称'],
    required: false,
  },
  { key: 'segment', header: '环节', aliases: ['产业链环节', '上中下游'], required: false },
  { key: 'name', header: '节点名称', aliases: ['名称', '节点'], required: true },
  { key: 'description', header: '描述', aliases: ['说明', '节点描述'], required: false },
  {
    key: 'keyTech',
    header: '关键技术/产品',
    aliases: ['关键技术', '关键产品', '关键技术、产品', '关键技术或产品'],
    required: false,
  },
  // Read-only: computed from the local firms; present so that a re-import does not report them as unknown.
  { key: 'state', header: '状态', aliases: [], required: false },
  { key: 'gap', header: '缺口', aliases: [], required: false },
] as const satisfies readonly ColumnSpec<string>[];
export type NodeColumn = (typeof NODE_COLUMNS)[number]['key'];

const READ_ONLY: readonly NodeColumn[] = ['state', 'gap'];
const SEGMENT_BY_NAME: Readonly<Record<string, Segment>> = {
  上游: 'upstream',
  中游: 'midstream',
  下游: 'downstream',
};

const RULES: readonly [string, string][] = [
  [
    '节点编号',
    '导出时按树生成：上游 U、中游 M、下游 D 加序号（U1、M2），下级节点在上级编号后加“.序号”（U1.2）。' +
      '用于在本表内指明上级、对应已有节点；新增节点可留空，或填本表内不重复、本链未用的编号（如 新1）。',
  ],
  [
    '节点名称*',
    '必填，本表内不得重复。与本链已有节点同名的行更新该节点；不同名但编号是已有节点的，更新该节点并改名；都对应不上的新增。',
  ],
  [
    '上级节点',
    '填上级的节点名称或节点编号：可以是本链已有节点，也可以是本表中其他行（在上在下均可）。' +
      '留空为顶层节点。上级关系不能形成循环，不能把节点移到它自己的下级之下。',
  ],
  ['环节', '上游、中游、下游（下拉选择）。新增节点必填；已有节点留空则不变。'],
  ['描述', `最多 ${LIMITS.note} 字；留空即清空。`],
  ['关键技术/产品', `用“、”分隔，最多 ${KEY_TECH.items} 项，每项最多 ${KEY_TECH.length} 字；留空即清空。`],
  ['状态、缺口', '只读：按本地企业和节点状态规则计算，导入时忽略。'],
  ['表中没有的节点', '保持不变。删除节点请在图谱中操作（有下级或已挂项目的节点需先处理）。'],
  [
    '导入',
    '先“试导入”：列出全部问题（行、列、值、原因），不写入。正式导入时有任何问题则整表拒绝，不写入任何一行。',
  ],
  ['不接受', `公式（请粘贴为数值）、合并单元格、加密的工作簿；一次最多 ${NODE_IMPORT_MAX_ROWS} 行。`],
];

type ExportRow = { node: NodeView; code: string; parent: string };

/** The nodes sheet (export when `chain` has nodes, template when it has none) with its rules. */
export async function nodesWorkbook(chain: Pick<ChainDetail, 'nodes'> | null): Promise<Buffer> {
  const nodes = chainOrder(chain?.nodes ?? []);
  const codes = nodeCodes(nodes);
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const unique = (name: string) => nodes.filter((n) => n.name === name).length === 1;
  const rows: ExportRow[] = nodes.map((node) => {
    const parent = node.parentId ? nodes.find((n) => n.id === node.parentId) : undefined;
    return {
      node,
      code: codes.get(node.id) ?? '',
      // The parent by name (as people read it); by code when its name is not unique in the chain.
      parent: parent ? (unique(parent.name) ? parent.name : (codes.get(parent.id) ?? '')) : '',
    };
  });
  const values: Record<NodeColumn, Column<ExportRow>> = {
    code: { header: '节点编号', width: 12, value: (r) => r.code },
    parent: { header: '上级节点', width: 18, value: (r) => r.parent },
    segment: { header: '环节', width: 8, value: (r) => SEGMENT_NAMES[r.node.segment] },
    name: { header: '节点名称*', width: 22, value: (r) => r.node.name },
    description: { header: '描述', width: 36, value: (r) => r.node.description ?? '' },
    keyTech: { header: '关键技术/产品', width: 30, value: (r) => r.node.keyTech.join('、') },
    state: {
      header: '状态（只读）',
      width: 10,
      value: (r) => `${STATE_NAMES[r.node.state]}${r.node.override ? '（人工认定）' : ''}`,
    },
    gap: {
      header: '缺口（只读）',
      width: 48,
      value: (r) =>
        r.node.gap
          ? `${GAP_NAMES[r.node.gap.kind]}：${gapReasonText(r.node, nameOf)}`
          : stateReasonText(r.node),
    },
  };
  const columns = NODE_COLUMNS.map((c) => values[c.key]);
  const wb = newWorkbook();
  const ws = addTableSheet(wb, '节点', columns, rows);
  const letter = (key: NodeColumn) => String.fromCharCode(65 + NODE_COLUMNS.findIndex((c) => c.key === key));
  addListValidation(
    ws,
    `${letter('segment')}2:${letter('segment')}${NODE_IMPORT_MAX_ROWS + 1}`,
    SEGMENTS.map((s) => SEGMENT_NAMES[s]),
  );
  for (const key of READ_ONLY) greyColumn(ws, NODE_COLUMNS.findIndex((c) => c.key === key) + 1);
  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 18;
  help.getColumn(2).width = 100;
  help.addRows(RULES.map((r) => [...r]));
  help.getColumn(1).font = { bold: true };
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function greyColumn(ws: ExcelJS.Worksheet, col: number) {
  ws.getColumn(col).eachCell((cell, row) => {
    cell.font = { color: { argb: 'FF888888' }, bold: row === 1 };
    if (row === 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
}

/** A row of the uploaded sheet; `null` in a field means the column is not in the file. */
export type NodeRow = {
  row: number;
  code: string | null;
  /** The parent as written (name or code); '' for a top node; null when the column is absent. */
  parent: string | null;
  segment: Segment | null;
  name: string;
  description: string | null | undefined;
  keyTech: string[] | undefined;
  /** Columns whose cell could not be read (already reported). */
  invalid: NodeColumn[];
};

/**
 * Text as typed (trimmed): names and descriptions keep their full-width punctuation (（）、，), so a
 * re-imported export compares equal to what is stored.
 */
const asTyped =
  (max: number) =>
  (v: unknown): Parsed<string> => {
    const s = show(v).trim();
    return s.length > max ? fail(`longer than ${max} characters (${s.length})`) : ok(s);
  };

/** Key technologies or products, 、-separated (also ，,；; or one per line), as typed. */
function keyTech(v: unknown): Parsed<string[]> {
  const items = show(v)
    .split(/[、，,；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const long = items.find((s) => s.length > KEY_TECH.length);
  if (long) return fail(`"${long}" is longer than ${KEY_TECH.length} characters`);
  if (items.length > KEY_TECH.items) return fail(`more than ${KEY_TECH.items} items (${items.length})`);
  return ok([...new Set(items)]);
}

/**
 * Reads the node rows cell by cell. Rows with problems are kept (with the values that could be
 * read) so that the tree checks still see them: nothing is written while any problem remains.
 */
export function parseNodeSheet(headerRow: SheetRow, rows: readonly SheetRow[]) {
  const { index, problems, ignoredColumns } = indexColumns(headerRow, NODE_COLUMNS);
  const header = (key: NodeColumn) =>
    index.get(key)?.header ?? NODE_COLUMNS.find((c) => c.key === key)?.header ?? key;
  // Where a problem's column is in the file (a header, or a cell's letter), to list them in order.
  const headers = new Map([...index.values()].map((c) => [c.header, c.i]));
  const position = (column: string) =>
    headers.get(column) ??
    (/^[A-Z]{1,3}$/.test(column)
      ? [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      : Number.MAX_SAFE_INTEGER);
  const out: NodeRow[] = [];
  if (problems.length) return { rows: out, problems, ignoredColumns, header, position };
  const has = (key: NodeColumn) => index.has(key);
  let count = 0;
  for (const r of rows) {
    if (isBlankRow(r)) continue;
    const c = rowReader(r, index, NODE_COLUMNS);
    count++;
    if (count === NODE_IMPORT_MAX_ROWS + 1)
      c.problem('name', `more than ${NODE_IMPORT_MAX_ROWS} node rows in one file`);
    const code = c.read('code', limited(40), '');
    const description = has('description')
      ? c.read('description', asTyped(LIMITS.note), '') || null
      : undefined;
    const row: NodeRow = {
      row: r.row,
      code: code || null,
      parent: has('parent') ? c.read('parent', asTyped(LIMITS.name), '') : null,
      segment: c.read('segment', byName(SEGMENT_BY_NAME, SEGMENTS, '环节'), null as Segment | null),
      name: c.read('name', asTyped(LIMITS.name), ''),
      description,
      keyTech: has('keyTech') ? c.read('keyTech', keyTech, []) : undefined,
      invalid: [],
    };
    const rowProblems = c.done();
    row.invalid = NODE_COLUMNS.filter((col) => rowProblems.some((p) => p.column === header(col.key))).map(
      (col) => col.key,
    );
    out.push(row);
    problems.push(...rowProblems);
  }
  return { rows: out, problems: problems as ImportProblem[], ignoredColumns, header, position };
}
