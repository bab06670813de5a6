import { WAN_FEN, YI_FEN, yuanToFen } from '../money/money';

export type RoundFigure = { text: string; unit: '亿元' | '万元'; exceeds: boolean };

/**
 * The round figure a release names for a total, by this documented rule:
 * - from 1亿 up, in 亿元, rounded DOWN to a step that depends on the size — ≥1000亿: 100亿;
 *   ≥100亿: 10亿; ≥10亿: 1亿; ≥1亿: 0.1亿;
 * - below 1亿, in 万元, rounded down to 100万 from 1000万 up, else to whole 万.
 * "超过" (exceeds) is said only when the total is strictly above the figure named; a total that
 * equals it is stated plainly.
 */
export function roundFigure(totalYuan: string): RoundFigure {
  const fen = yuanToFen(totalYuan);
  if (fen >= YI_FEN) {
    const stepTenths =
      fen >= 1000n * YI_FEN ? 1000n : fen >= 100n * YI_FEN ? 100n : fen >= 10n * YI_FEN ? 10n : 1n;
    const stepFen = (YI_FEN * stepTenths) / 10n;
    const rounded = (fen / stepFen) * stepFen;
    const tenths = rounded / (YI_FEN / 10n);
    const text = tenths % 10n === 0n ? `${tenths / 10n}` : `${tenths / 10n}.${tenths % 10n}`;
    return { text, unit: '亿元', exceeds: fen > rounded };
  }
  const stepFen = fen >= 1000n * WAN_FEN ? 100n * WAN_FEN : WAN_FEN;
  const rounded = (fen / stepFen) * stepFen;
  return { text: `${rounded / WAN_FEN}`, unit: '万元', exceeds: fen > rounded };
}

/** "现场签约项目42个，总投资额超过200亿元" (or "…总投资额200亿元" when the total is exactly that). */
export function signingReleaseSentence(count: number, totalYuan: string, lead = '现场签约项目'): string {
  const f = roundFigure(totalYuan);
  return `${lead}${count}个，总投资额${f.exceeds ? '超过' : ''}${f.text}${f.unit}`;
}
