import type { Indicator, Method, Rule } from './method';
import {
  add,
  cmp,
  decimal,
  div,
  hundredthsText,
  isZero,
  max,
  min,
  mul,
  ONE,
  r,
  sub,
  toHundredths,
  ZERO,
  type Rational,
} from './rational';

/** One unit's figures for one metric: the period's value, last year's (for growth), and the records behind. */
export type MetricValue = {
  value: Rational;
  lastYear?: Rational | null;
  evidence?: readonly string[];
  /** A rate without a base this period (e.g. no item resolved): counted as 0, and said so. */
  noBase?: boolean;
};

export type UnitInput = {
  unitId: string;
  /** Metric key → value (a unit without a value counts as 0 and says so). */
  metrics: Readonly<Record<string, MetricValue | undefined>>;
  /** Indicator key → the unit's target for the year (or the period when not time-proportional). */
  targets: Readonly<Record<string, Rational | undefined>>;
};

/** Why a figure is not what the formula alone gives: visible in the result, never a silent NaN. */
export type Fallback = 'no_value' | 'no_base' | 'no_target' | 'zero_target' | 'zero_range' | 'no_last_year';

export type IndicatorScore = {
  key: string;
  raw: Rational;
  /** The target in force (after 序时进度), when the indicator has targets. */
  target: Rational | null;
  /** 0 … 1: the share of the indicator's points earned. */
  share: Rational;
  points: string;
  fallback: Fallback | null;
  evidence: readonly string[];
};

export type RuleScore = {
  key: string;
  kind: 'bonus' | 'deduction';
  count: number;
  points: string;
  capped: boolean;
  evidence: readonly string[];
};

export type UnitResult = {
  unitId: string;
  indicators: IndicatorScore[];
  rules: RuleScore[];
  total: string;
  rank: number;
  /** Previous rank − this rank (positive: moved up); null without a previous result. */
  rankChange: number | null;
  /** 红榜 (commended) or 表态发言 (pledge speech) by the method's outcome rule. */
  outcome: 'commended' | 'pledge' | null;
};

/**
 * The method's outcome rule on ranks: the units ranked within the top `commend` are commended, those
 * ranked within the bottom `pledge` make pledge speeches (ties go with their rank; a unit is never both).
 */
export function outcomeOf(rank: number, units: number, o: { commend: number; pledge: number } | undefined) {
  if (!o) return null;
  if (rank <= o.commend) return 'commended' as const;
  if (rank > units - o.pledge) return 'pledge' as const;
  return null;
}

/** The value an indicator judges: the level, or growth over the same period last year. */
function basisValue(ind: Indicator, m: MetricValue | undefined): { x: Rational; fallback: Fallback | null } {
  if (!m) return { x: ZERO, fallback: 'no_value' };
  if (m.noBase) return { x: ZERO, fallback: 'no_base' };
  if (ind.basis === 'level') return { x: m.value, fallback: null };
  if (!m.lastYear || isZero(m.lastYear)) return { x: ZERO, fallback: 'no_last_year' };
  return { x: div(sub(m.value, m.lastYear), m.lastYear), fallback: null };
}

/** The share (0…1) each unit earns of one indicator, with the fallback that applied. */
function shares(
  ind: Indicator,
  xs: { x: Rational; target: Rational | null; fallback: Fallback | null }[],
): { share: Rational; fallback: Fallback | null }[] {
  const neg = ind.direction === 'negative';
  const n = ind.normalisation;
  if (n.kind === 'capped_ratio') {
    return xs.map(({ x, target, fallback }) => {
      if (target === null) return { share: ZERO, fallback: 'no_target' };
      if (isZero(target)) return { share: ONE, fallback: 'zero_target' };
      if (neg) return isZero(x) ? { share: ONE, fallback } : { share: min(div(target, x), ONE), fallback };
      return { share: max(min(div(x, target), ONE), ZERO), fallback };
    });
  }
  if (n.kind === 'rank') {
    const count = xs.length;
    return xs.map(({ x, fallback }) => {
      const better = xs.filter((o) => (neg ? cmp(o.x, x) < 0 : cmp(o.x, x) > 0)).length;
      return { share: r(count - better, count), fallback };
    });
  }
  const lo = xs.reduce((a, v) => min(a, v.x), xs[0]?.x ?? ZERO);
  const hi = xs.reduce((a, v) => max(a, v.x), xs[0]?.x ?? ZERO);
  const floor = n.kind === 'efficacy' ? decimal(n.floor) : ZERO;
  if (cmp(lo, hi) === 0) return xs.map(() => ({ share: ONE, fallback: 'zero_range' as const }));
  return xs.map(({ x, fallback }) => {
    const pos = div(neg ? sub(hi, x) : sub(x, lo), sub(hi, lo));
    return { share: add(floor, mul(sub(ONE, floor), pos)), fallback };
  });
}

function ruleScore(rule: Rule, m: MetricValue | undefined): RuleScore {
  const count = m ? Number(m.value.num / m.value.den) : 0;
  const raw = mul(decimal(rule.each), r(count));
  const cap = rule.cap === null ? null : decimal(rule.cap);
  const capped = cap !== null && cmp(raw, cap) > 0;
  const pts = toHundredths(capped && cap ? cap : raw);
  return {
    key: rule.key,
    kind: rule.kind,
    count,
    points: hundredthsText(rule.kind === 'deduction' ? -pts : pts),
    capped,
    evidence: m?.evidence ?? [],
  };
}

/**
 * Scores a group of units under a method for one period (DESIGN §7): each indicator's value
 * (level or growth), target (× the elapsed share of the year for 序时进度), normalised share and
 * points rounded to hundredths; bonuses and deductions per counted record, capped; the total; the
 * rank (ties share the better rank: 1, 2, 2, 4) and the change since the previous ranks.
 */
export function scoreUnits(
  method: Method,
  units: readonly UnitInput[],
  opts: { elapsedShare: Rational; previousRanks?: ReadonlyMap<string, number> },
): UnitResult[] {
  const perIndicator = method.indicators.map((ind) => {
    const xs = units.map((u) => {
      const b = basisValue(ind, u.metrics[ind.metric]);
      const t = u.targets[ind.key];
      const target =
        ind.target === 'none' || t === undefined
          ? null
          : ind.target === 'per_unit_time_proportional'
            ? mul(t, opts.elapsedShare)
            : t;
      return { ...b, target };
    });
    return { ind, xs, shares: shares(ind, xs) };
  });
  const results = units.map((u, i) => {
    const indicators: IndicatorScore[] = perIndicator.map(({ ind, xs, shares: s }) => {
      const x = xs[i] ?? { x: ZERO, target: null, fallback: 'no_value' as const };
      const sh = s[i] ?? { share: ZERO, fallback: 'no_value' as const };
      return {
        key: ind.key,
        raw: x.x,
        target: x.target,
        share: sh.share,
        points: hundredthsText(toHundredths(mul(decimal(ind.points), sh.share))),
        fallback: x.fallback ?? sh.fallback,
        evidence: u.metrics[ind.metric]?.evidence ?? [],
      };
    });
    const rules = method.rules.map((rule) => ruleScore(rule, u.metrics[rule.metric]));
    const totalH = [...indicators.map((s) => s.points), ...rules.map((s) => s.points)].reduce(
      (acc, p) => acc + toHundredths(decimal(p)),
      0n,
    );
    return { unitId: u.unitId, indicators, rules, totalH };
  });
  const allLevel = results.every((o) => o.totalH === results[0]?.totalH);
  return results.map((res) => {
    const rank = 1 + results.filter((o) => o.totalH > res.totalH).length;
    const prev = opts.previousRanks?.get(res.unitId);
    return {
      unitId: res.unitId,
      indicators: res.indicators,
      rules: res.rules,
      total: hundredthsText(res.totalH),
      rank,
      rankChange: prev === undefined ? null : prev - rank,
      // Everyone level (a period without data): no one is commended or called to speak.
      outcome: allLevel ? null : outcomeOf(rank, results.length, method.outcomes),
    };
  });
}
