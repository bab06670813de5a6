import { eq } from 'drizzle-orm';
import { parsePeriod } from '../../domain/evaluation/period';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { rankingGroups } from '../db/schema/org';
import { govDocument, govFooter, govHeading, govParagraph, govTable, govTitle } from '../office/docx';
import { add, decimal, hundredthsText, toHundredths, ZERO } from '../../domain/evaluation/rational';
import { findResult } from './results';

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** "2026年第二季度", "2026年上半年", "2026年", "2026年7月" (the period counts the year to date). */
export function periodWords(name: string): string {
  const p = parsePeriod(name);
  if (!p) return name;
  const m = /^(\d{4})(?:H([12])|Q([1-4])|-(\d{2}))?$/.exec(p.name);
  if (m?.[2]) return `${p.year}年${m[2] === '1' ? '上半年' : '下半年'}`;
  if (m?.[3]) return `${p.year}年第${CN_NUM[Number(m[3])]}季度`;
  if (m?.[4]) return `${p.year}年${Number(m[4])}月`;
  return `${p.year}年`;
}

const change = (c: number | null) => (c === null ? '—' : c > 0 ? `↑${c}` : c < 0 ? `↓${-c}` : '—');
const dateWords = (d: string) =>
  `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * 通报: the quarterly (or any period's) ranking briefing from the published, frozen result — the
 * ranking table with every indicator's points, the units commended (红榜) and those to make pledge
 * speeches (表态发言), and the bonuses and deductions with their rules.
 */
export async function rankingBriefing(db: Executor, ctx: Ctx, q: { period: string; group: string }) {
  const result = await findResult(db, ctx, { ...q, status: 'published' });
  const [group] = await db.select().from(rankingGroups).where(eq(rankingGroups.id, q.group));
  const p = result.payload;
  const when = periodWords(p.period);
  const title = `关于${when}全市招商引资工作考评情况的通报`;
  const indicators = p.units[0]?.indicators ?? [];
  const commended = p.units.filter((u) => u.outcome === 'commended').map((u) => u.unitName);
  const pledge = p.units.filter((u) => u.outcome === 'pledge').map((u) => u.unitName);
  const adjustments = p.units.flatMap((u) =>
    u.rules
      .filter((r) => r.points !== '0.00')
      .map(
        (r) =>
          `${u.unitName}：${r.name}${r.count}项，${r.kind === 'bonus' ? '加' : '减'}${r.points.replace('-', '')}分${r.capped ? '（已达上限）' : ''}`,
      ),
  );
  const widths = [
    700,
    1700,
    ...indicators.map(() => Math.floor(3800 / Math.max(1, indicators.length))),
    800,
    1000,
    800,
  ];
  /** A unit's bonuses less its deductions, so that each row adds up to its total. */
  const adjustment = (u: (typeof p.units)[number]) =>
    hundredthsText(toHundredths(u.rules.reduce((sum, x) => add(sum, decimal(x.points)), ZERO)));
  const children = [
    govTitle(title),
    govParagraph(
      `根据《${p.method.name}》，现将${group?.name ?? q.group}${when}（${dateWords(p.from)}至${dateWords(p.to)}累计）招商引资工作考评情况通报如下：`,
    ),
    govHeading('一、考评排名'),
    govTable({
      headers: [
        '名次',
        '单位',
        ...indicators.map((i) => `${i.name}（${i.maxPoints.replace(/\.00$/, '')}分）`),
        '加减分',
        '总分',
        '较上期',
      ],
      widths,
      align: ['center', 'left', ...indicators.map(() => 'right' as const), 'right', 'right', 'center'],
      rows: p.units.map((u) => [
        String(u.rank),
        u.unitName,
        ...u.indicators.map((i) => i.points),
        adjustment(u),
        u.total,
        change(u.rankChange),
      ]),
    }),
    govHeading('二、表扬和表态发言'),
    govParagraph(
      commended.length ? `${commended.join('、')}综合排名靠前，予以通报表扬。` : '本期无通报表扬单位。',
    ),
    govParagraph(
      pledge.length
        ? `${pledge.join('、')}综合排名靠后，请在下一次项目签约推进日上作表态发言。`
        : '本期无表态发言单位。',
    ),
    govHeading('三、加减分情况'),
    ...(adjustments.length ? adjustments.map((a) => govParagraph(a)) : [govParagraph('本期无加减分事项。')]),
    govParagraph(
      `考评数据截至${dateWords(p.asOf)}，以推进平台记录为准；各项得分可在平台“考评排名”中逐项查询至项目。`,
    ),
    govFooter('南阳市招商引资工作领导小组办公室'),
    govFooter(dateWords(shanghaiDate(ctx.now))),
  ];
  return { title, buffer: await govDocument(title, children) };
}
