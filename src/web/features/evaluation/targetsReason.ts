import type { Translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/zh-CN';
import { importReasonText } from '../imports/importReason';
import type { ImportProblem } from '../imports/types';

/**
 * The target sheet's own reasons (src/domain/evaluation/targets-sheet.ts) in the user's language;
 * the rest (required, not an amount, formulas…) are the shared import reasons.
 */
const PATTERNS: { re: RegExp; key: MessageKey; names?: string[] }[] = [
  {
    re: /^"(.*)" is not a unit of the ranking group$/,
    key: 'ev.targets.reason.unknownUnit',
    names: ['value'],
  },
  {
    re: /^"(.*)" is not an indicator with targets$/,
    key: 'ev.targets.reason.unknownIndicator',
    names: ['value'],
  },
  { re: /^a target must be above 0$/, key: 'ev.targets.reason.notPositive' },
  {
    re: /^the same unit and indicator are on row (\d+)$/,
    key: 'ev.targets.reason.sameAs',
    names: ['row'],
  },
];

export function targetReasonText(t: Translate, reason: string): string {
  for (const p of PATTERNS) {
    const m = p.re.exec(reason);
    if (!m) continue;
    const params = Object.fromEntries((p.names ?? []).map((name, i) => [name, m[i + 1] ?? '']));
    return t(p.key, params);
  }
  return importReasonText(t, reason);
}

/** The problems with their reasons already said in the user's language (ImportProblems keeps them). */
export function localiseProblems(t: Translate, problems: readonly ImportProblem[]): ImportProblem[] {
  return problems.map((p) => ({ ...p, reason: targetReasonText(t, p.reason) }));
}
