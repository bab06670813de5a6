import type { MessageKey } from '../../i18n/zh-CN';
import type { Translate } from '../../i18n/translate';
import { shortDate, shortDateTime } from '../../lib/shanghaiTime';
import type { ColourChange, ItemDetail, ItemEventView, TargetView } from './types';

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The name of a target: "研究部署（1日）", "办结（1个月）", "计划第2步：…". */
export function targetName(t: Translate, item: Pick<ItemDetail, 'weight' | 'plan'>, key: string): string {
  if (key === 'deploy') return t('sv.target.deploy');
  if (key === 'report') return t('sv.target.report');
  if (key === 'resolve')
    return t(item.weight === 'major' ? 'sv.target.resolve.major' : 'sv.target.resolve.ordinary');
  const step = /^step:(\d+)$/.exec(key);
  if (step) {
    const n = Number(step[1]);
    return t('sv.target.step', { n: n + 1, title: item.plan[n]?.title ?? '' });
  }
  return key;
}

/** One colour change in words: "6月16日 14:30 已用时限75%，转为黄色". */
export function explainChange(
  t: Translate,
  locale: string,
  target: TargetView,
  change: ColourChange,
): string {
  const at = shortDateTime(change.at, locale);
  const c = change.cause as Record<string, unknown> & { kind: string };
  switch (c.kind) {
    case 'opened':
      return t('sv.change.opened', { at });
    case 'threshold':
      return t('sv.change.threshold', { at, share: Math.round((num(c.share) ?? 0.75) * 100) });
    case 'breach':
      return t('sv.change.breach', { at, deadline: shortDate(str(c.deadline) ?? target.deadline, locale) });
    case 'extended':
      return t('sv.change.extended', { at, days: num(c.days) ?? 0 });
    case 'done':
      return t(c.late === true ? 'sv.change.doneLate' : 'sv.change.done', { at });
    default:
      return t('sv.change.other', { at, colour: t(`sv.colour.${change.colour}`) });
  }
}

/** The short details of a log entry: its note, reason, days, steps … */
export function eventDetails(
  t: Translate,
  locale: string,
  e: ItemEventView,
  unitName: (id: string) => string,
) {
  const p = e.payload;
  const parts: string[] = [];
  const unitId = str(p.unitId);
  if (e.type === 'assigned' && unitId) parts.push(t('sv.event.unit', { name: unitName(unitId) }));
  const days = num(p.days);
  if (days !== undefined) parts.push(t('sv.event.days', { days }));
  const step = num(p.step);
  if (step !== undefined) parts.push(t('sv.event.step', { n: step + 1 }));
  if (Array.isArray(p.steps)) {
    parts.push(t('sv.event.steps', { n: p.steps.length }));
    for (const [i, s] of (p.steps as { title?: unknown; due?: unknown }[]).entries()) {
      parts.push(`${i + 1}. ${str(s.title) ?? ''} · ${shortDate(str(s.due) ?? '', locale)}`);
    }
  }
  const satisfaction = num(p.satisfaction);
  if (satisfaction !== undefined) parts.push(t('sv.event.satisfaction', { n: satisfaction }));
  const text = str(p.note) ?? str(p.reason);
  return { parts, text: text ?? null };
}

export const eventLabel = (t: Translate, type: string) => t.dynamic(`sv.event.${type}`, type);
export const stateKey = (state: string) => `sv.state.${state}` as MessageKey;
