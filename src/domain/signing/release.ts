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

export type ReleaseFacts = {
  count: number;
  totalInvestment: string;
  atLeast10Yi: number;
  atLeast5Yi: number;
  industrial: number;
  strategicEmerging: number;
  services: number;
  agriculture: number;
  foreign: number;
  formal: number;
  framework: number;
};

/**
 * The short release of a signing event, in the form the city publishes. Only non-zero parts are
 * listed; the headline follows `signingReleaseSentence`.
 */
export function signingReleaseText(title: string, f: ReleaseFacts): string {
  if (f.count === 0) return `${title}暂无签约项目。`;
  const parts: string[] = [];
  const sizes = [
    f.atLeast10Yi ? `10亿元以上项目${f.atLeast10Yi}个` : '',
    f.atLeast5Yi ? `5亿元以上项目${f.atLeast5Yi}个` : '',
  ].filter(Boolean);
  if (sizes.length) parts.push(sizes.join('，'));
  const industries = [
    f.industrial
      ? `工业项目${f.industrial}个${f.strategicEmerging ? `（其中战略性新兴产业项目${f.strategicEmerging}个）` : ''}`
      : '',
    f.services ? `服务业项目${f.services}个` : '',
    f.agriculture ? `农业项目${f.agriculture}个` : '',
  ].filter(Boolean);
  if (industries.length) parts.push(industries.join('，'));
  if (f.foreign) parts.push(`外资项目${f.foreign}个`);
  const types = [
    f.formal ? `正式合同${f.formal}个` : '',
    f.framework ? `框架协议${f.framework}个` : '',
  ].filter(Boolean);
  if (types.length) parts.push(`签约形式为${types.join('、')}`);
  const head = `${title}${signingReleaseSentence(f.count, f.totalInvestment)}`;
  return parts.length ? `${head}。其中，${parts.join('；')}。` : `${head}。`;
}
