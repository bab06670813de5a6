import type { PerformingSign, ProjectSet, RateKey } from '../../../domain/delivery/rates';
import type { Translate } from '../../i18n/translate';
import { formatDate } from '../../lib/format';
import type { CohortView, DrillSide, RateDefinition } from './types';

export const rateName = (t: Translate, key: RateKey) => t.dynamic(`rates.rate.${key}`, key);
export const setName = (t: Translate, set: ProjectSet | 'contracted') => t.dynamic(`rates.set.${set}`, set);
const signName = (t: Translate, sign: PerformingSign) => t.dynamic(`rates.sign.${sign}`, sign);

/** "a、b或c" / "a, b or c". */
function joinOr(t: Translate, words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(t('rates.join.sep'))}${t('rates.join.or')}${words[words.length - 1]}`;
}

/** What "performing" (履约) means under the definitions in force. */
export function performingText(t: Translate, signs: readonly PerformingSign[]): string {
  return joinOr(
    t,
    signs.map((s) => signName(t, s)),
  );
}

/** The formula of a rate in words, e.g. 开工率 = 已开工项目数 ÷ 履约项目数（履约：已注册、资金到位或已开工）. */
export function formulaText(t: Translate, key: RateKey, d: RateDefinition): string {
  if (key === 'funding') return t('rates.formula.funding', { rate: rateName(t, key) });
  const text = t('rates.formula', {
    rate: rateName(t, key),
    num: setName(t, d.numerator),
    den: setName(t, d.denominator),
  });
  const usesPerforming = d.numerator === 'performing' || d.denominator === 'performing';
  return usesPerforming
    ? `${text}${t('rates.performingDef', { signs: performingText(t, d.performing) })}`
    : text;
}

/** The notes that qualify a figure: foreign funds and their rate (funding), counting rules. */
export function definitionNotes(t: Translate, key: RateKey, d: RateDefinition): string[] {
  const notes: string[] = [];
  if (key === 'funding')
    notes.push(d.includeForeign ? t('rates.note.foreign', { rate: d.usdToCny }) : t('rates.note.noForeign'));
  notes.push(d.applyCountingRules ? t('rates.note.rulesApplied') : t('rates.note.rulesNotApplied'));
  return notes;
}

/** The name of the project list behind one side of a rate (tab titles of the drill-down). */
export function sideName(t: Translate, key: RateKey, side: DrillSide, d: RateDefinition): string {
  if (key === 'funding') return t(side === 'numerator' ? 'rates.funding.numSet' : 'rates.funding.denSet');
  return setName(t, side === 'numerator' ? d.numerator : d.denominator);
}

/** A percent as the server returned it ("12.34" → "12.34%"), or a dash when undefined. */
export const percentText = (p: string | null) => (p === null ? '—' : `${p}%`);

/**
 * An exact ordering key of a percent string (two decimals → hundredths as an integer), for
 * sorting and chart geometry only; the label always shows the string.
 */
export function percentHundredths(p: string | null): number {
  if (p === null) return -1;
  const [int = '0', frac = ''] = p.split('.');
  return Number(int) * 100 + Number((frac + '00').slice(0, 2));
}

/** "签约于 … 至 … 的项目，截至 …" (or all signed projects, as of …). */
export function cohortText(t: Translate, c: CohortView): string {
  const asOf = formatDate(c.asOf);
  if (c.signedFrom === '0001-01-01' && c.signedTo === '9999-12-31') return t('rates.cohortAll', { asOf });
  return t('rates.cohortLine', { from: formatDate(c.signedFrom), to: formatDate(c.signedTo), asOf });
}
