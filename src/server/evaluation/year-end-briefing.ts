import { decimal, div, hundredthsText, r, toHundredths } from '../../domain/evaluation/rational';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { AppError } from '../http/errors';
import { govDocument, govFooter, govHeading, govParagraph, govTable, govTitle } from '../office/docx';
import { periodWords } from './briefing';
import { yearEndOverview } from './year-end';

/** 元 → "12.50万元" (two decimals, exact). */
const wan = (yuan: string) => `${hundredthsText(toHundredths(div(decimal(yuan), r(10_000))))}万元`;
const dateWords = (d: string) =>
  `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * 年度考评结果及奖惩通报: the published annual ranking beside each quarter's and half's rank and the
 * inspection scores, then the rewards and the penalties recorded (in force), each with its amount
 * and 文号. Refused while the year's ranking is not published.
 */
export async function yearEndBriefing(db: Executor, ctx: Ctx, year: number, groupId: string) {
  const o = await yearEndOverview(db, year, groupId);
  if (!o.annual) {
    throw new AppError('NOT_FOUND', `The ${year} ranking of ${o.group.name} is not published`, { year });
  }
  const title = `关于${year}年度全市招商引资工作考评结果及奖惩情况的通报`;
  const ranked = o.units.filter((u) => u.annual);
  const columns = [
    ...o.periods.map((p) => `${periodWords(p.period).replace(`${year}年`, '')}名次`),
    ...o.inspections.map((i) => `${i.name}得分`),
  ];
  const decided = (kind: 'reward' | 'penalty') =>
    o.units.flatMap((u) =>
      u.awards
        .filter((a) => a.kind === kind && !a.revokedAt)
        .map(
          (a) =>
            `${u.unitName}：${a.title}${a.amount ? `，${kind === 'reward' ? '奖励资金' : '扣减资金'}${wan(a.amount)}` : ''}${a.documentNo ? `（${a.documentNo}）` : ''}。`,
        ),
    );
  const rewards = decided('reward');
  const penalties = decided('penalty');
  const width = Math.floor(5000 / Math.max(1, columns.length));
  const children = [
    govTitle(title),
    govParagraph(
      `根据《${o.annual.methodName}》，经综合考评，现将${o.group.name}${year}年度招商引资工作考评结果及奖惩情况通报如下：`,
    ),
    govHeading('一、年度考评结果'),
    govTable({
      headers: ['名次', '单位', ...columns, '年度总分'],
      widths: [700, 1800, ...columns.map(() => width), 1100],
      align: ['center', 'left', ...columns.map(() => 'center' as const), 'right'],
      rows: ranked.map((u) => [
        String(u.annual?.rank ?? ''),
        u.unitName,
        ...u.periods.map((p) => (p.line ? String(p.line.rank) : '—')),
        ...u.inspections.map((i) => i.score ?? '—'),
        u.annual?.total ?? '',
      ]),
    }),
    govHeading('二、奖励'),
    ...(rewards.length ? rewards.map((x) => govParagraph(x)) : [govParagraph('本年度无奖励事项。')]),
    govHeading('三、惩戒'),
    ...(penalties.length ? penalties.map((x) => govParagraph(x)) : [govParagraph('本年度无惩戒事项。')]),
    govParagraph('各项得分可在推进平台“考评排名”中逐项查询至项目、月报和督办事项。'),
    govFooter('南阳市招商引资工作领导小组办公室'),
    govFooter(dateWords(shanghaiDate(ctx.now))),
  ];
  return { title, buffer: await govDocument(title, children) };
}
