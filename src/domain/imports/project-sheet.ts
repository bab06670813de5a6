import { creditCodeProblem, describeCreditCodeProblem, normaliseCreditCode } from '../investors/credit-code';
import type { LandSituation, SigningType } from '../lifecycle/stages';
import { LIMITS } from '../limits';
import type { IndustryCategory, PromotionMethod } from '../projects/fields';
import { toHalfWidth } from '../text';
import {
  headerUnit,
  INDUSTRY_CATEGORY_NAMES,
  LAND_SITUATION_NAMES,
  matchHeader,
  PROJECT_COLUMNS,
  PROMOTION_METHOD_NAMES,
  SIGNING_TYPE_NAMES,
  type ProjectColumnKey,
} from './project-columns';
import { matchRegion, parseAmount, parseDate, type AmountUnit, type Parsed, type RegionName } from './values';

export type ImportProblem = { row: number; column: string; value: string; reason: string };

export type ImportedProject = {
  row: number;
  name: string;
  regionId: string;
  industryCategory: IndustryCategory;
  strategicEmerging: boolean;
  industry: string;
  investorName: string;
  investorCreditCode: string | null;
  totalInvestment: string;
  contractedInvestment: string | null;
  landSituation: LandSituation;
  signingType: SigningType | null;
  signedOn: string | null;
  startBy: string | null;
  promotionMethods: PromotionMethod[];
  description: string | null;
};

export type SheetRow = { row: number; cells: readonly unknown[] };

const show = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
const text = (v: unknown) => toHalfWidth(show(v)).trim();
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

function byName<T>(table: Readonly<Record<string, T>>, codes: readonly string[], label: string) {
  return (v: unknown): Parsed<T> => {
    const s = text(v);
    const hit = table[s] ?? (codes.includes(s) ? (s as T) : undefined);
    return hit !== undefined
      ? ok(hit)
      : fail(`"${s}" is not a ${label} (one of ${Object.keys(table).join('、')})`);
  };
}

function yesNo(v: unknown): Parsed<boolean> {
  const s = text(v).toLowerCase();
  if (['', '否', 'n', 'no', 'false', '0'].includes(s)) return ok(false);
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(s)) return ok(true);
  return fail(`"${s}" is not 是 or 否`);
}

function methods(v: unknown): Parsed<PromotionMethod[]> {
  const parts = text(v)
    .split(/[、,，;；/\s]+/)
    .filter(Boolean);
  const out: PromotionMethod[] = [];
  for (const p of parts) {
    const m = PROMOTION_METHOD_NAMES[p];
    if (!m)
      return fail(`"${p}" is not a promotion method (${Object.keys(PROMOTION_METHOD_NAMES).join('、')})`);
    if (!out.includes(m)) out.push(m);
  }
  return ok(out);
}

const limited =
  (max: number) =>
  (v: unknown): Parsed<string> => {
    const s = text(v);
    return s.length > max ? fail(`longer than ${max} characters (${s.length})`) : ok(s);
  };

export type SheetResult = {
  projects: ImportedProject[];
  problems: ImportProblem[];
  ignoredColumns: string[];
};

/**
 * Reads the header and data rows of a project sheet. Every bad cell becomes a problem naming
 * its row, column, value and reason; a row with any problem is not returned.
 */
export function parseProjectSheet(
  headerRow: SheetRow,
  rows: readonly SheetRow[],
  ctx: { regions: readonly RegionName[]; allowedRegionIds: readonly string[] | null },
): SheetResult {
  const problems: ImportProblem[] = [];
  const index = new Map<ProjectColumnKey, { i: number; header: string; unit: AmountUnit | null }>();
  const ignoredColumns: string[] = [];
  headerRow.cells.forEach((cell, i) => {
    const header = show(cell).trim();
    if (!header) return;
    const key = matchHeader(header);
    if (!key) {
      if (!/^(序号|编号|No\.?)$/i.test(header)) ignoredColumns.push(header);
      return;
    }
    if (index.has(key)) {
      problems.push({
        row: headerRow.row,
        column: header,
        value: header,
        reason: 'this column appears twice',
      });
      return;
    }
    index.set(key, { i, header, unit: headerUnit(header) });
  });
  for (const c of PROJECT_COLUMNS) {
    if (c.required && !index.has(c.key)) {
      problems.push({
        row: headerRow.row,
        column: c.header,
        value: '',
        reason: 'required column is missing',
      });
    }
  }
  if (problems.length) return { projects: [], problems, ignoredColumns };

  const positions = new Map([...index.values()].map((c) => [c.header, c.i]));
  const position = (header: string) => positions.get(header) ?? Number.MAX_SAFE_INTEGER;
  const projects: ImportedProject[] = [];
  for (const r of rows) {
    if (r.cells.every((c) => text(c) === '')) continue;
    const rowProblems: ImportProblem[] = [];
    const cell = (key: ProjectColumnKey) => {
      const col = index.get(key);
      return col ? r.cells[col.i] : undefined;
    };
    function read<T>(key: ProjectColumnKey, parse: (v: unknown) => Parsed<T>, fallback: T): T {
      const col = index.get(key);
      const raw = cell(key);
      const required = PROJECT_COLUMNS.find((c) => c.key === key)?.required ?? false;
      if (text(raw) === '') {
        if (required)
          rowProblems.push({ row: r.row, column: col?.header ?? key, value: '', reason: 'required' });
        return fallback;
      }
      const res = parse(raw);
      if (res.ok) return res.value;
      rowProblems.push({ row: r.row, column: col?.header ?? key, value: show(raw), reason: res.reason });
      return fallback;
    }
    const unit = (key: ProjectColumnKey) => index.get(key)?.unit ?? 'wan';
    const regionId = read('region', (v) => matchRegion(v, ctx.regions), '');
    if (regionId && ctx.allowedRegionIds && !ctx.allowedRegionIds.includes(regionId)) {
      rowProblems.push({
        row: r.row,
        column: index.get('region')?.header ?? '',
        value: show(cell('region')),
        reason: 'outside your region',
      });
    }
    const creditCode = read(
      'creditCode',
      (v) => {
        const code = normaliseCreditCode(text(v));
        const p = creditCodeProblem(code);
        return p ? fail(describeCreditCodeProblem(p)) : ok(code);
      },
      null as string | null,
    );
    const project: ImportedProject = {
      row: r.row,
      name: read('name', limited(LIMITS.name), ''),
      regionId,
      industryCategory: read(
        'industryCategory',
        byName(
          INDUSTRY_CATEGORY_NAMES,
          ['industrial', 'services', 'agriculture', 'infrastructure', 'social'],
          'industry category',
        ),
        'industrial',
      ),
      strategicEmerging: read('strategicEmerging', yesNo, false),
      industry: read('industry', limited(LIMITS.shortText), ''),
      investorName: read('investorName', limited(LIMITS.name), ''),
      investorCreditCode: creditCode,
      totalInvestment: read('totalInvestment', (v) => parseAmount(v, unit('totalInvestment')), '0.00'),
      contractedInvestment: read(
        'contractedInvestment',
        (v) => parseAmount(v, unit('contractedInvestment')),
        null as string | null,
      ),
      landSituation: read(
        'landSituation',
        byName(LAND_SITUATION_NAMES, ['existing_land', 'new_land', 'standard_factory'], 'land situation'),
        'new_land',
      ),
      signingType: read(
        'signingType',
        byName(SIGNING_TYPE_NAMES, ['framework', 'formal'], 'signing type'),
        null as SigningType | null,
      ),
      signedOn: read('signedOn', parseDate, null as string | null),
      startBy: read('startBy', parseDate, null as string | null),
      promotionMethods: read('promotionMethods', methods, []),
      description: read('description', limited(LIMITS.description), null as string | null) || null,
    };
    if (project.signedOn && !project.signingType) {
      rowProblems.push({
        row: r.row,
        column: '签约类型',
        value: '',
        reason: 'a signed project needs its signing type',
      });
    }
    if (rowProblems.length)
      problems.push(...rowProblems.sort((a, b) => position(a.column) - position(b.column)));
    else projects.push(project);
  }
  return { projects, problems, ignoredColumns };
}
