import { isYuan, yuanToFen } from '../../../domain/money/money';
import type { LabelGroup, Translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatDate, formatMoney, formatUsdWan } from '../../lib/format';
import type { HistoryItem } from './types';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPair = (v: unknown): v is { before?: unknown; after?: unknown } =>
  isRec(v) && ('before' in v || 'after' in v) && Object.keys(v).every((k) => k === 'before' || k === 'after');
const str = (v: unknown) => (typeof v === 'string' ? v : '');

const MONEY = new Set([
  'totalInvestment',
  'contractedInvestment',
  'fundsOutOfProvince',
  'fundsInProvince',
  'fundsLocal',
]);
const LABELS: Record<string, MessageKey> = {
  fundsOutOfProvince: 'signing.fundsOutOfProvince',
  fundsInProvince: 'signing.fundsInProvince',
  fundsLocal: 'signing.fundsLocal',
  fundsForeignUsd: 'signing.fundsForeignUsd',
  workDone: 'monthly.workDone',
  problems: 'monthly.problems',
  photoFileIds: 'monthly.photos',
  statsEnteredOn: 'flags.statsEnteredOn',
  aboveScaleOn: 'flags.aboveScaleOn',
  regionId: 'project.field.regionId',
};
const GROUPS: Record<string, LabelGroup> = {
  stage: 'stage',
  stageBeforeStall: 'stage',
  industryCategory: 'industryCategory',
  signingType: 'signingType',
  landSituation: 'landSituation',
  originRegion: 'originRegion',
  leadSource: 'leadSource',
  promotionMethods: 'promotionMethod',
  brings: 'brings',
};
const MAX_LINES = 4;
const ORDER = [
  'fundsOutOfProvince',
  'fundsInProvince',
  'fundsLocal',
  'fundsForeignUsd',
  'workDone',
  'problems',
  'photoFileIds',
];
/** Entries in a stable, readable order (jsonb does not keep the order the fields were written in). */
const ordered = (r: Rec) =>
  Object.entries(r).sort(([a], [b]) => {
    const i = ORDER.indexOf(a);
    const j = ORDER.indexOf(b);
    return (i < 0 ? ORDER.length : i) - (j < 0 ? ORDER.length : j);
  });

function fieldLabel(t: Translate, field: string): string {
  const key = LABELS[field];
  return key ? t(key) : t.dynamic(`project.field.${field}`, t.dynamic(`lead.field.${field}`, field));
}

/** A value of an audited field, briefly: money in 万元/亿元, codes translated, long text cut. */
function show(t: Translate, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t('history.empty.value');
  if (typeof v === 'boolean') return t(v ? 'history.yes' : 'history.no');
  const group = GROUPS[field];
  if (Array.isArray(v)) {
    if (field.endsWith('Ids')) return t('history.files', { count: v.length });
    return (
      v.map((x) => (group ? t.label(group, String(x)) : String(x))).join('、') || t('history.empty.value')
    );
  }
  if (typeof v === 'string') {
    if (group) return t.label(group, v);
    if (MONEY.has(field) && isYuan(v)) return formatMoney(t, v);
    if (field === 'fundsForeignUsd' && isYuan(v)) return `${formatUsdWan(v)} ${t('unit.wanUsd')}`;
    return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  }
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "字段：前 → 后" for each changed field (ids: the field name only), at most a few lines. */
function changeLines(t: Translate, changes: Rec): string[] {
  const lines = ordered(changes).flatMap(([field, c]) => {
    if (!isPair(c) || JSON.stringify(c.before ?? null) === JSON.stringify(c.after ?? null)) return [];
    if (field.endsWith('Id')) return [fieldLabel(t, field)];
    return [`${fieldLabel(t, field)}：${show(t, field, c.before)} → ${show(t, field, c.after)}`];
  });
  return lines.length > MAX_LINES
    ? [...lines.slice(0, MAX_LINES), t('history.more', { count: lines.length - MAX_LINES })]
    : lines;
}

/** The values of a new record ("字段：值"), skipping empty ones. */
function valueLines(t: Translate, values: Rec): string[] {
  return ordered(values)
    .filter(
      ([, v]) =>
        v !== null &&
        v !== '' &&
        !(Array.isArray(v) && v.length === 0) &&
        !(isYuan(str(v)) && yuanToFen(str(v)) === 0n),
    )
    .slice(0, MAX_LINES)
    .map(([field, v]) => `${fieldLabel(t, field)}：${show(t, field, v)}`);
}

const reasonLine = (t: Translate, reason: unknown) =>
  str(reason) ? [t('history.reason', { reason: str(reason) })] : [];

/** A readable line or two for an audit event about a project or one of its records. */
export function describeEvent(t: Translate, e: HistoryItem): { title: string; lines: string[] } {
  const d = e.diff;
  const title = t.label('audit.action', e.action);
  switch (e.action) {
    case 'project.create':
      return { title, lines: [t('history.created', { name: str(isRec(d.after) ? d.after.name : '') })] };
    case 'project.transition':
      return {
        title,
        lines: [
          t('history.transition', {
            from: t.label('stage', str(d.from)),
            to: t.label('stage', str(d.to)),
            date: formatDate(str(d.date)),
          }),
          ...reasonLine(t, d.reason),
          ...(str(d.note) ? [str(d.note)] : []),
          ...(Array.isArray(d.evidence) && d.evidence.length
            ? [t('history.files', { count: d.evidence.length })]
            : []),
        ],
      };
    case 'milestone.plan': {
      const plan = isPair(d.plannedOn) ? d.plannedOn : {};
      return {
        title,
        lines: [
          t('history.plan', {
            stage: t.label('stage', str(d.milestone)),
            from: formatDate(str(plan.before)) || '—',
            to: formatDate(str(plan.after)) || '—',
          }),
          ...reasonLine(t, d.reason),
        ],
      };
    }
    case 'file.upload':
      return { title, lines: [t('history.upload', { name: str(d.name) })] };
    case 'report.file':
    case 'report.update':
    case 'report.correct': {
      const changes = isRec(d.changes) ? d.changes : {};
      const pairs = Object.values(changes).some(isPair);
      return {
        title,
        lines: [
          t('history.report', { month: str(d.month) }),
          ...reasonLine(t, d.reason),
          ...(pairs ? changeLines(t, changes) : valueLines(t, changes)),
        ],
      };
    }
    case 'team.create':
    case 'team.update': {
      const after = isRec(d.after) ? d.after : {};
      const leader = isRec(after.leader) ? str(after.leader.displayName) : '';
      const unit = isRec(after.leadUnit) ? str(after.leadUnit.name) : '';
      const count = Array.isArray(after.members) ? after.members.length : 0;
      return { title, lines: [t('history.team', { leader, unit, count })] };
    }
    case 'duplicate.decide':
      return {
        title,
        lines: [
          t.dynamic(`history.decision.${str(d.decision)}`, str(d.decision)),
          ...reasonLine(t, d.reason),
        ],
      };
    default: {
      const changes = isRec(d.changes) ? d.changes : d;
      return { title, lines: [...changeLines(t, changes), ...reasonLine(t, d.reason)] };
    }
  }
}
