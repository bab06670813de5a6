import { wanToYuan, yuanToWan } from '../../../domain/money/money';
import type { AwardCreate, AwardKind, AwardsFromResult, FromResultAnswer, YearUnit } from './types';

/** The reward and penalty every 年终总评 starts from (the city's usual wording). */
export const DEFAULT_REWARD_TITLE = '招商引资工作先进单位';
export const DEFAULT_PENALTY_TITLE = '通报批评';

/**
 * The year the page opens on: the year-end evaluation is decided in the first months of the next
 * year, so until the end of February it is last year, from March on this year.
 */
export function defaultYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 2 ? year - 1 : year;
}

/** The years the picker offers: next year back to six years ago, and the chosen one if older. */
export function yearOptions(today: string, chosen: number): number[] {
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  return years.includes(chosen) ? years : [...years, chosen].sort((a, b) => b - a);
}

/** A 万元 amount as typed is fine when blank (no money) or an exact amount (≤ 6 decimals of 万元). */
export const isWanText = (text: string | null | undefined) =>
  !text || text.trim() === '' || wanToYuan(text) !== null;

/** Typed 万元 → the API's 元 string, or null when blank. Throws on text `isWanText` refuses. */
export function yuanOrNull(text: string | null | undefined): string | null {
  if (!text || text.trim() === '') return null;
  const yuan = wanToYuan(text);
  if (yuan === null) throw new RangeError(`not an amount in 万元: ${JSON.stringify(text)}`);
  return yuan;
}

/** "500000.00" 元 → "50" (万元, exact, no trailing zeros). */
export const wanOf = (yuan: string) => yuanToWan(yuan);

const blankToNull = (text: string | null | undefined) => {
  const v = text?.trim() ?? '';
  return v === '' ? null : v;
};

/** What the 按考评结果登记奖惩 form holds. */
export type FromResultValues = {
  reward: boolean;
  rewardTitle?: string;
  rewardWan?: string;
  penalty: boolean;
  penaltyTitle?: string;
  penaltyWan?: string;
  documentNo?: string;
  /** YYYY-MM-DD */
  decidedOn: string;
};

export function fromResultRequest(resultId: string, v: FromResultValues): AwardsFromResult {
  const decision = (on: boolean, title: string | undefined, wan: string | undefined) =>
    on ? { title: (title ?? '').trim(), amount: yuanOrNull(wan) } : null;
  return {
    resultId,
    reward: decision(v.reward, v.rewardTitle, v.rewardWan),
    penalty: decision(v.penalty, v.penaltyTitle, v.penaltyWan),
    documentNo: blankToNull(v.documentNo),
    decidedOn: v.decidedOn,
  };
}

/** The API's field paths of from-result, as the modal's form names. */
export const FROM_RESULT_FIELDS: Record<string, string[]> = {
  'reward.title': ['rewardTitle'],
  'reward.amount': ['rewardWan'],
  reward: ['rewardTitle'],
  'penalty.title': ['penaltyTitle'],
  'penalty.amount': ['penaltyWan'],
  penalty: ['penaltyTitle'],
};

/** What the 登记奖惩 drawer holds. */
export type AwardValues = {
  kind: AwardKind;
  title: string;
  amountWan?: string;
  documentNo?: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  note?: string;
  /** Whether the annual ranking is named as the basis. */
  basis: boolean;
};

export function awardRequest(
  at: { year: number; groupId: string; unitId: string; annualResultId: string | null },
  v: AwardValues,
): AwardCreate {
  return {
    year: at.year,
    groupId: at.groupId,
    unitId: at.unitId,
    kind: v.kind,
    title: v.title.trim(),
    amount: yuanOrNull(v.amountWan),
    basisResultId: v.basis && at.annualResultId ? at.annualResultId : null,
    documentNo: blankToNull(v.documentNo),
    decidedOn: v.decidedOn,
    note: blankToNull(v.note),
  };
}

/** The API's field paths of an award, as the drawer's form names. */
export const AWARD_FIELDS: Record<string, string[]> = {
  amount: ['amountWan'],
  basisResultId: ['basis'],
  unitId: ['title'],
};

/** The default title of a kind of award. */
export const defaultTitle = (kind: AwardKind) =>
  kind === 'reward' ? DEFAULT_REWARD_TITLE : DEFAULT_PENALTY_TITLE;

/** What from-result did, in names: the units newly recorded and those that already held one. */
export function fromResultOutcome(answer: FromResultAnswer, units: readonly YearUnit[]) {
  const name = (unitId: string) => units.find((u) => u.unitId === unitId)?.unitName ?? unitId;
  return {
    created: answer.created.map((a) => ({ kind: a.kind, unitName: name(a.unitId) })),
    skipped: answer.skipped.map((s) => ({ kind: s.kind, unitName: name(s.unitId) })),
  };
}

/** Awards in force first (rewards before penalties), revoked ones last, each in decision order. */
export function orderedAwards<T extends { kind: AwardKind; revokedAt: string | null; decidedOn: string }>(
  awards: readonly T[],
): T[] {
  const weight = (a: T) => (a.revokedAt ? 2 : 0) + (a.kind === 'reward' ? 0 : 1);
  return [...awards].sort((a, b) => weight(a) - weight(b) || a.decidedOn.localeCompare(b.decidedOn));
}
