import {
  METRICS,
  methodProblems,
  type Exclusions,
  type Indicator,
  type Method,
  type MetricKey,
  type Rule,
} from '../../../domain/evaluation/method';
import { SIGNING_TYPES } from '../../../domain/lifecycle/stages';
import { wanToYuan, yuanToWan } from '../../../domain/money/money';
import type { Translate } from '../../i18n/translate';
import type { ApiErrorDetail } from '../../lib/api';
import type { MethodCreate, MethodView } from './types';

/**
 * What the method editor holds: the create request as typed (decimals stay text); the exclusion
 * rules' minimum investment is typed in 万元 beside it (`body.exclusions.minInvestment` stays unset).
 */
export type EditorState = MethodCreate & { minInvestmentWan: string };

/** A problem on one field of the editor: path like "body.indicators.0.points", "groupIds", "family". */
export type FieldProblem = { path: string; code: string; message: string; params?: Record<string, string> };

export const FAMILY_PATTERN = /^[a-z0-9-]{2,40}$/;
export const KEY_PATTERN = /^[a-z0-9_]{1,40}$/;

export function newIndicator(
  existing: readonly { key: string }[],
  metric: MetricKey = 'signed_amount',
): Indicator {
  return {
    key: freeKey(metric, existing),
    name: '',
    metric,
    basis: 'level',
    direction: 'positive',
    points: '10',
    normalisation:
      METRICS[metric] === 'money' ? { kind: 'capped_ratio' } : { kind: 'efficacy', floor: '0.6' },
    target: METRICS[metric] === 'money' ? 'per_unit_time_proportional' : 'none',
  };
}

export function newRule(existing: readonly { key: string }[], kind: Rule['kind']): Rule {
  const metric: MetricKey = kind === 'bonus' ? 'projects_over_10yi' : 'missing_reports';
  return {
    key: freeKey(metric, existing),
    name: '',
    kind,
    metric,
    each: kind === 'bonus' ? '4' : '1',
    cap: null,
  };
}

/** A key not used yet: the metric's own, then metric_2, metric_3… */
export function freeKey(base: string, existing: readonly { key: string }[]): string {
  const used = new Set(existing.map((e) => e.key));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** The editor's start: an empty method for a new family, or a copy of a version to change. */
export function initialState(base: MethodView | null, today: string): EditorState {
  if (base) {
    const body = structuredClone(base.body);
    const min = body.exclusions?.minInvestment;
    if (body.exclusions) delete body.exclusions.minInvestment;
    return {
      family: base.family,
      validFrom: base.validFrom,
      groupIds: [...base.groupIds],
      body,
      minInvestmentWan: min ? yuanToWan(min) : '',
    };
  }
  const first = { ...newIndicator([]), points: '100' };
  return {
    family: '',
    validFrom: `${today.slice(0, 4)}-01-01`,
    groupIds: ['counties'],
    body: {
      name: '',
      totalPoints: '100',
      periodKind: 'quarter',
      indicators: [first],
      rules: [],
      outcomes: { commend: 3, pledge: 3 },
    },
    minInvestmentWan: '',
  };
}

/** The indicators' points added up (for "95 / 100"), or null when one is not a number. */
export function pointsSum(m: { indicators: readonly { points: string }[] }): string | null {
  let hundredths = 0;
  for (const i of m.indicators) {
    if (!/^\d+(\.\d+)?$/.test(i.points.trim())) return null;
    hundredths += Math.round(Number(i.points) * 100);
  }
  return String(hundredths / 100);
}

/**
 * Everything wrong with the editor's content, before the server is asked: the domain's own
 * `methodProblems` (points add up, known metrics, floors, targets for capped ratios, unique keys)
 * and the shape the API requires (family and key patterns, names, at least one group).
 */
export function editorProblems(s: EditorState): FieldProblem[] {
  const out: FieldProblem[] = methodProblems(bodyOf(s)).map((p) => ({
    path: `body.${p.path}`,
    code: p.code,
    message: p.message,
    params:
      p.code === 'points_do_not_add_up'
        ? { sum: pointsSum(s.body) ?? '?', total: s.body.totalPoints }
        : undefined,
  }));
  const need = (ok: boolean, path: string, code: string, message: string) => {
    if (!ok) out.push({ path, code, message });
  };
  need(FAMILY_PATTERN.test(s.family), 'family', 'family_pattern', 'lower-case letters, digits and -');
  need(/^\d{4}-\d{2}-\d{2}$/.test(s.validFrom), 'validFrom', 'required', 'required');
  need(s.groupIds.length > 0, 'groupIds', 'required', 'required');
  need(s.body.name.trim() !== '', 'body.name', 'required', 'required');
  need(
    s.minInvestmentWan.trim() === '' || wanToYuan(s.minInvestmentWan) !== null,
    'body.exclusions.minInvestment',
    'money_invalid',
    'an amount in 万元',
  );
  s.body.indicators.forEach((ind, i) => {
    need(KEY_PATTERN.test(ind.key), `body.indicators.${i}.key`, 'key_pattern', 'a-z, 0-9 and _');
    need(ind.name.trim() !== '', `body.indicators.${i}.name`, 'required', 'required');
  });
  s.body.rules.forEach((rule, i) => {
    need(KEY_PATTERN.test(rule.key), `body.rules.${i}.key`, 'key_pattern', 'a-z, 0-9 and _');
    need(rule.name.trim() !== '', `body.rules.${i}.name`, 'required', 'required');
  });
  return out;
}

/** The server's field errors ("body.body.indicators.0.points", "body.groupIds.1") as editor paths. */
export function serverProblems(details: readonly ApiErrorDetail[]): FieldProblem[] {
  return details.map((d) => ({
    path: d.path.replace(/^body\./, '').replace(/^groupIds\.\d+$/, 'groupIds'),
    code: d.code,
    message: d.message,
  }));
}

/** The problems of one field (a path), or of a field and everything under it (`deep`). */
export function problemsAt(problems: readonly FieldProblem[], path: string, deep = false): FieldProblem[] {
  return problems.filter((p) => p.path === path || (deep && p.path.startsWith(`${path}.`)));
}

/**
 * The exclusion rules as sent: the minimum in 元 (from 万元), only rules that leave something out
 * (every signing type counted is no rule); none at all → absent.
 */
export function exclusionsOf(s: EditorState): Exclusions | undefined {
  const ex = s.body.exclusions ?? {};
  const out: Exclusions = {};
  const min = s.minInvestmentWan.trim() ? wanToYuan(s.minInvestmentWan) : null;
  if (min !== null && min !== '0.00') out.minInvestment = min;
  if (ex.signingTypes && ex.signingTypes.length < SIGNING_TYPES.length)
    out.signingTypes = [...ex.signingTypes];
  if (ex.industryCategories?.length) out.industryCategories = [...ex.industryCategories];
  if (ex.units?.length) out.units = [...ex.units];
  return Object.keys(out).length ? out : undefined;
}

/** The method body the editor stands for (exclusions as they will be sent). */
function bodyOf(s: EditorState): Method {
  const { exclusions: _, ...rest } = s.body;
  const exclusions = exclusionsOf(s);
  return exclusions ? { ...rest, exclusions } : rest;
}

/** The exclusion rules in words, one sentence each ("总投资低于 500 万元的项目不计入"…). */
export function exclusionWords(
  t: Translate,
  ex: Exclusions | undefined,
  unitName: (id: string) => string,
): string[] {
  if (!ex) return [];
  const out: string[] = [];
  if (ex.minInvestment) out.push(t('ev.excl.words.min', { wan: yuanToWan(ex.minInvestment) }));
  if (ex.signingTypes?.length && ex.signingTypes.length < SIGNING_TYPES.length) {
    out.push(
      t('ev.excl.words.signingTypes', {
        types: ex.signingTypes.map((x) => t.label('signingType', x)).join(t('ev.excl.words.sep')),
      }),
    );
  }
  if (ex.industryCategories?.length) {
    out.push(
      t('ev.excl.words.industries', {
        categories: ex.industryCategories
          .map((x) => t.label('industryCategory', x))
          .join(t('ev.excl.words.sep')),
      }),
    );
  }
  if (ex.units?.length) {
    out.push(t('ev.excl.words.units', { units: ex.units.map(unitName).join(t('ev.excl.words.sep')) }));
  }
  return out;
}

/** The request as sent: trimmed names, no empty caps, the exclusion rules that leave something out. */
export function toCreate(s: EditorState): MethodCreate {
  return {
    family: s.family.trim(),
    validFrom: s.validFrom,
    groupIds: s.groupIds,
    body: {
      ...bodyOf(s),
      name: s.body.name.trim(),
      totalPoints: s.body.totalPoints.trim(),
      indicators: s.body.indicators.map((i) => ({ ...i, name: i.name.trim(), points: i.points.trim() })),
      rules: s.body.rules.map((r) => ({
        ...r,
        name: r.name.trim(),
        each: r.each.trim(),
        cap: r.cap === null || r.cap.trim() === '' ? null : r.cap.trim(),
      })),
    },
  };
}
