import type { SigningType } from '../lifecycle/stages';
import type { IndustryCategory } from '../projects/fields';
import { decimal, cmp, ZERO, add, type Rational } from './rational';

/** What the system can measure for a unit over a period (the server computes each). */
export const METRICS = {
  signed_count: 'count',
  signed_amount: 'money',
  signed_large_count: 'count',
  contracted_out_of_province: 'money',
  contracted_foreign_usd: 'money',
  funds_arrived: 'money',
  funds_arrived_out_of_province: 'money',
  funds_arrived_foreign_usd: 'money',
  new_starts: 'count',
  new_producing: 'count',
  rate_performing: 'rate',
  rate_landing: 'rate',
  rate_start: 'rate',
  rate_production: 'rate',
  rate_capacity: 'rate',
  rate_funds: 'rate',
  supervision_on_time_rate: 'rate',
  supervision_overdue: 'count',
  missing_reports: 'count',
  past_start_deadline: 'count',
  fortune500_projects: 'count',
  projects_over_10yi: 'count',
  projects_over_50yi: 'count',
  projects_over_1yi: 'count',
  projects_over_5yi: 'count',
  projects_over_30yi: 'count',
  signed_count_industrial: 'count',
  signed_amount_industrial: 'money',
  signed_count_services: 'count',
  signed_amount_services: 'money',
  signed_count_agriculture: 'count',
  signed_amount_agriculture: 'money',
  signed_count_infrastructure: 'count',
  signed_amount_infrastructure: 'money',
  signed_count_social: 'count',
  signed_amount_social: 'money',
  inspection_score: 'score',
} as const;
export type MetricKey = keyof typeof METRICS;
export const METRIC_KEYS = Object.keys(METRICS) as MetricKey[];

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Normalisation =
  /** min(actual / target, 1) × points (a negative indicator: min(target / actual, 1)). */
  | { kind: 'capped_ratio' }
  /** 功效系数法: points × (floor + (1 − floor) × (x − min) / (max − min)); floor 0.6 by custom. */
  | { kind: 'efficacy'; floor: string }
  /** points × (x − min) / (max − min). */
  | { kind: 'min_max' }
  /** Rank points: points × (n − rank + 1) / n (ties share the better rank). */
  | { kind: 'rank' };

export type Indicator = {
  key: string;
  name: string;
  metric: MetricKey;
  /** Level (the period's value) or growth over the same period last year ((x − last) / last). */
  basis: 'level' | 'growth';
  direction: 'positive' | 'negative';
  /** Points as a decimal string ("12", "7.5"). */
  points: string;
  normalisation: Normalisation;
  /** Targets per unit (capped ratio needs them); 序时进度 scales a yearly target by the elapsed share. */
  target: 'none' | 'per_unit' | 'per_unit_time_proportional';
};

/** +points per counted record (bonus) or −points (deduction), capped. */
export type Rule = {
  key: string;
  name: string;
  kind: 'bonus' | 'deduction';
  metric: MetricKey;
  each: string;
  cap: string | null;
};

/** Who is named in the briefing: the top `commend` units (红榜), the bottom `pledge` (表态发言 / 黄旗). */
export type Outcomes = { commend: number; pledge: number };

/**
 * 排除规则: which records and units a method does not count. Applied to every metric read from
 * projects (signings, funds, starts, reports, deadlines); supervision items, the delivery rates
 * (defined in the settings) and inspection scores are not filtered.
 */
export type Exclusions = {
  /** Projects below this total investment (元, exact decimal) are not counted. */
  minInvestment?: string | null;
  /** Only projects signed as these types count (e.g. formal contracts, not framework agreements). */
  signingTypes?: SigningType[];
  /** Projects of these industry categories are not counted. */
  industryCategories?: IndustryCategory[];
  /** Units of the group that are listed but not ranked (e.g. a zone founded this year). */
  units?: string[];
};

export type Method = {
  name: string;
  totalPoints: string;
  periodKind: PeriodKind;
  indicators: Indicator[];
  rules: Rule[];
  outcomes?: Outcomes;
  exclusions?: Exclusions;
};

export type MethodProblem = { path: string; code: string; message: string };

/**
 * A method is usable when its indicators' points add up to its total, every indicator and rule
 * names a metric of the catalogue, normalisations are well-formed (efficacy floor in [0, 1)),
 * capped ratios have targets, keys are unique and points and caps are positive decimals.
 */
export function methodProblems(m: Method): MethodProblem[] {
  const out: MethodProblem[] = [];
  const dec = (text: string, path: string): Rational | null => {
    try {
      return decimal(text);
    } catch {
      out.push({ path, code: 'not_a_number', message: `"${text}" is not a decimal number` });
      return null;
    }
  };
  const total = dec(m.totalPoints, 'totalPoints');
  if (!m.indicators.length)
    out.push({ path: 'indicators', code: 'empty', message: 'a method needs indicators' });
  const keys = new Set<string>();
  let sum = ZERO;
  m.indicators.forEach((ind, i) => {
    const at = `indicators.${i}`;
    if (keys.has(ind.key))
      out.push({ path: `${at}.key`, code: 'duplicate', message: `key "${ind.key}" is used twice` });
    keys.add(ind.key);
    if (!(ind.metric in METRICS)) {
      out.push({ path: `${at}.metric`, code: 'unknown_metric', message: `no data source "${ind.metric}"` });
    }
    const p = dec(ind.points, `${at}.points`);
    if (p && cmp(p, ZERO) <= 0)
      out.push({ path: `${at}.points`, code: 'not_positive', message: 'points must be above 0' });
    if (p) sum = add(sum, p);
    if (ind.normalisation.kind === 'efficacy') {
      const f = dec(ind.normalisation.floor, `${at}.normalisation.floor`);
      if (f && (cmp(f, ZERO) < 0 || cmp(f, decimal('1')) >= 0)) {
        out.push({
          path: `${at}.normalisation.floor`,
          code: 'out_of_range',
          message: 'the floor is a share in [0, 1)',
        });
      }
    }
    if (ind.normalisation.kind === 'capped_ratio' && ind.target === 'none') {
      out.push({
        path: `${at}.target`,
        code: 'target_required',
        message: 'a capped ratio to target needs targets',
      });
    }
  });
  if (total && m.indicators.length && cmp(sum, total) !== 0) {
    out.push({
      path: 'indicators',
      code: 'points_do_not_add_up',
      message: `the indicators' points add up to ${Number(sum.num) / Number(sum.den)}, not ${m.totalPoints}`,
    });
  }
  m.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (keys.has(rule.key))
      out.push({ path: `${at}.key`, code: 'duplicate', message: `key "${rule.key}" is used twice` });
    keys.add(rule.key);
    if (!(rule.metric in METRICS)) {
      out.push({ path: `${at}.metric`, code: 'unknown_metric', message: `no data source "${rule.metric}"` });
    }
    const each = dec(rule.each, `${at}.each`);
    if (each && cmp(each, ZERO) <= 0)
      out.push({ path: `${at}.each`, code: 'not_positive', message: 'points must be above 0' });
    if (rule.cap !== null) {
      const cap = dec(rule.cap, `${at}.cap`);
      if (cap && cmp(cap, ZERO) < 0)
        out.push({ path: `${at}.cap`, code: 'negative', message: 'a cap is 0 or more' });
    }
  });
  const ex = m.exclusions;
  if (ex?.minInvestment) {
    const min = dec(ex.minInvestment, 'exclusions.minInvestment');
    if (min && cmp(min, ZERO) < 0)
      out.push({ path: 'exclusions.minInvestment', code: 'negative', message: 'a threshold is 0 or more' });
  }
  if (ex?.signingTypes && ex.signingTypes.length === 0) {
    out.push({
      path: 'exclusions.signingTypes',
      code: 'empty',
      message: 'at least one signing type must count (leave the rule out to count every type)',
    });
  }
  return out;
}
