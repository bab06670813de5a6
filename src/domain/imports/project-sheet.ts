import { creditCodeProblem, describeCreditCodeProblem, normaliseCreditCode } from '../investors/credit-code';
import type { LandSituation, SigningType } from '../lifecycle/stages';
import { LIMITS } from '../limits';
import type { IndustryCategory, PromotionMethod } from '../projects/fields';
import {
  INDUSTRY_CATEGORY_NAMES,
  LAND_SITUATION_NAMES,
  PROJECT_COLUMNS,
  PROMOTION_METHOD_NAMES,
  SIGNING_TYPE_NAMES,
} from './project-columns';
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
  type ImportProblem,
  type SheetRow,
} from './sheet';
import { matchRegion, parseAmount, parseDate, type Parsed, type RegionName } from './values';

export type { ImportProblem, SheetRow } from './sheet';

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

function methods(v: unknown): Parsed<PromotionMethod[]> {
  const parts = cellText(v)
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

/** 统一社会信用代码 in a cell, normalised and checked. */
export function creditCodeCell(v: unknown): Parsed<string> {
  const code = normaliseCreditCode(cellText(v));
  const p = creditCodeProblem(code);
  return p ? fail(describeCreditCodeProblem(p)) : ok(code);
}

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
  const { index, problems, ignoredColumns } = indexColumns(headerRow, PROJECT_COLUMNS);
  if (problems.length) return { projects: [], problems, ignoredColumns };
  const projects: ImportedProject[] = [];
  for (const r of rows) {
    if (isBlankRow(r)) continue;
    const c = rowReader(r, index, PROJECT_COLUMNS);
    const regionId = c.read('region', (v) => matchRegion(v, ctx.regions), '');
    if (regionId && ctx.allowedRegionIds && !ctx.allowedRegionIds.includes(regionId))
      c.problem('region', 'outside your region');
    const project: ImportedProject = {
      row: r.row,
      name: c.read('name', limited(LIMITS.name), ''),
      regionId,
      industryCategory: c.read(
        'industryCategory',
        byName(
          INDUSTRY_CATEGORY_NAMES,
          ['industrial', 'services', 'agriculture', 'infrastructure', 'social'],
          'industry category',
        ),
        'industrial',
      ),
      strategicEmerging: c.read('strategicEmerging', yesNo, false),
      industry: c.read('industry', limited(LIMITS.shortText), ''),
      investorName: c.read('investorName', limited(LIMITS.name), ''),
      investorCreditCode: c.read('creditCode', creditCodeCell, null as string | null),
      totalInvestment: c.read(
        'totalInvestment',
        (v) => parseAmount(v, c.unit('totalInvestment', 'wan')),
        '0.00',
      ),
      contractedInvestment: c.read(
        'contractedInvestment',
        (v) => parseAmount(v, c.unit('contractedInvestment', 'wan')),
        null as string | null,
      ),
      landSituation: c.read(
        'landSituation',
        byName(LAND_SITUATION_NAMES, ['existing_land', 'new_land', 'standard_factory'], 'land situation'),
        'new_land',
      ),
      signingType: c.read(
        'signingType',
        byName(SIGNING_TYPE_NAMES, ['framework', 'formal'], 'signing type'),
        null as SigningType | null,
      ),
      signedOn: c.read('signedOn', parseDate, null as string | null),
      startBy: c.read('startBy', parseDate, null as string | null),
      promotionMethods: c.read('promotionMethods', methods, []),
      description: c.read('description', limited(LIMITS.description), null as string | null) || null,
    };
    if (project.signedOn && !project.signingType)
      c.problem('signingType', 'a signed project needs its signing type');
    const rowProblems = c.done();
    if (rowProblems.length) problems.push(...rowProblems);
    else projects.push(project);
  }
  return { projects, problems, ignoredColumns };
}
