import { INVESTOR_KINDS, OWNERSHIPS, type InvestorKind, type Ownership } from '../investors/fields';
import { LIMITS } from '../limits';
import { creditCodeCell } from './project-sheet';
import {
  byName,
  cellText,
  fail,
  indexColumns,
  isBlankRow,
  limited,
  ok,
  rowReader,
  yesNo,
  type ColumnSpec,
  type ImportProblem,
  type SheetRow,
} from './sheet';
import type { Parsed } from './values';

export const INVESTOR_COLUMNS = [
  { key: 'name', header: '企业名称', aliases: ['名称', '企业', '客商名称', '投资方'], required: true },
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['信用代码', '社会信用代码'], required: false },
  { key: 'kind', header: '类型', aliases: ['客商类型', '企业类型'], required: false },
  { key: 'originProvince', header: '来源省份', aliases: ['省份', '所在省份', '来源地'], required: false },
  { key: 'originCountry', header: '国家或地区', aliases: ['国家', '国别'], required: false },
  { key: 'ownership', header: '企业性质', aliases: ['所有制', '性质'], required: false },
  { key: 'fortune500', header: '世界500强', aliases: ['财富500强', '世界五百强'], required: false },
  { key: 'china500', header: '中国500强', aliases: ['中国五百强'], required: false },
  { key: 'listed', header: '上市企业', aliases: ['是否上市', '上市'], required: false },
  { key: 'industry', header: '行业', aliases: ['所属行业'], required: false },
  { key: 'contactName', header: '联系人', aliases: ['联系人姓名'], required: false },
  { key: 'contactPhone', header: '联系电话', aliases: ['电话', '手机'], required: false },
] as const satisfies readonly ColumnSpec<string>[];

const KIND_NAMES: Readonly<Record<string, InvestorKind>> = {
  本地企业: 'local',
  客商: 'investor',
  投资方: 'investor',
  目标企业: 'target',
};
const OWNERSHIP_NAMES: Readonly<Record<string, Ownership>> = {
  民营: 'private',
  民营企业: 'private',
  国有: 'state',
  国有企业: 'state',
  央企: 'state',
  外资: 'foreign',
  外资企业: 'foreign',
  港澳台: 'hmt',
  港澳台资: 'hmt',
};

export type ImportedInvestor = {
  row: number;
  name: string;
  creditCode: string | null;
  kind: InvestorKind;
  originProvince: string | null;
  originCountry: string | null;
  ownership: Ownership | null;
  fortune500: boolean;
  china500: boolean;
  listed: boolean;
  industry: string | null;
  contact: { name: string; phone: string | null } | null;
};

function phone(v: unknown): Parsed<string> {
  const s = cellText(v).replace(/\s/g, '');
  return /^[0-9+\-()]{5,30}$/.test(s) ? ok(s) : fail(`"${s}" is not a phone number`);
}

/** Reads an investor sheet; a credit code given twice in the file is a problem on its second row. */
export function parseInvestorSheet(headerRow: SheetRow, rows: readonly SheetRow[]) {
  const { index, problems, ignoredColumns } = indexColumns(headerRow, INVESTOR_COLUMNS);
  const investors: ImportedInvestor[] = [];
  if (problems.length) return { investors, problems, ignoredColumns };
  const seenCodes = new Map<string, number>();
  for (const r of rows) {
    if (isBlankRow(r)) continue;
    const c = rowReader(r, index, INVESTOR_COLUMNS);
    const text = (key: (typeof INVESTOR_COLUMNS)[number]['key'], max: number) =>
      c.read(key, limited(max), '') || null;
    const inv: ImportedInvestor = {
      row: r.row,
      name: c.read('name', limited(LIMITS.name), ''),
      creditCode: c.read('creditCode', creditCodeCell, null as string | null),
      kind: c.read('kind', byName(KIND_NAMES, INVESTOR_KINDS, 'kind'), 'investor' as InvestorKind),
      originProvince: text('originProvince', LIMITS.displayName),
      originCountry: text('originCountry', LIMITS.displayName),
      ownership: c.read(
        'ownership',
        byName(OWNERSHIP_NAMES, OWNERSHIPS, 'ownership'),
        null as Ownership | null,
      ),
      fortune500: c.read('fortune500', yesNo, false),
      china500: c.read('china500', yesNo, false),
      listed: c.read('listed', yesNo, false),
      industry: text('industry', LIMITS.shortText),
      contact: null,
    };
    const contactName = text('contactName', LIMITS.displayName);
    const contactPhone = c.read('contactPhone', phone, null as string | null);
    if (contactName) inv.contact = { name: contactName, phone: contactPhone };
    if (inv.creditCode) {
      const first = seenCodes.get(inv.creditCode);
      if (first) c.problem('creditCode', `the same code is on row ${first}`);
      else seenCodes.set(inv.creditCode, r.row);
    }
    const rowProblems: ImportProblem[] = c.done();
    if (rowProblems.length) problems.push(...rowProblems);
    else investors.push(inv);
  }
  return { investors, problems, ignoredColumns };
}
