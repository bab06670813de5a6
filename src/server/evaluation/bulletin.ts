import { eq, inArray } from 'drizzle-orm';
import type { MetricKey } from '../../domain/evaluation/method';
import { add, div, hundredthsText, r, toHundredths, type Rational } from '../../domain/evaluation/rational';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import { regionInScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { rankingGroupMembers, regions } from '../db/schema/org';
import { AppError } from '../http/errors';
import { govDocument, govFooter, govHeading, govParagraph, govTable, govTitle } from '../office/docx';
import { metricValues } from './metrics';

const YI = r(100_000_000);
/** 元 → 亿元 with two decimals, exact. */
const yi = (x: Rational) => hundredthsText(toHundredths(div(x, YI)));
const count = (x: Rational) => String(x.num / x.den);
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

const KEYS: MetricKey[] = [
  'signed_count',
  'signed_amount',
  'new_starts',
  'new_producing',
  'funds_arrived',
  'missing_reports',
  'supervision_overdue',
];

/**
 * 月通报: a month's signings (and the year to date), new starts and production, funds reported,
 * missing monthly reports and overdue supervision items, by county, in the government layout.
 * Figures are the records' as of today; the city sees every county, a county itself.
 */
export async function monthlyBulletin(db: Executor, ctx: Ctx, month: string) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new AppError('PERIOD_INVALID', `"${month}" is not a month (2026-10)`, {}, [
      { path: 'querystring.month', message: 'not a month', code: 'period_invalid' },
    ]);
  }
  const asOf = shanghaiDate(ctx.now);
  const window = { from: `${month}-01`, to: lastDay(month) };
  const ytd = { from: `${month.slice(0, 4)}-01-01`, to: window.to };
  const [units, now, year] = await Promise.all([
    db
      .select({ id: regions.id, name: regions.name })
      .from(rankingGroupMembers)
      .innerJoin(regions, eq(regions.id, rankingGroupMembers.memberId))
      .where(inArray(rankingGroupMembers.groupId, ['counties', 'zones'])),
    metricValues(db, KEYS, 'region', window, null, asOf),
    metricValues(db, ['signed_count', 'signed_amount'], 'region', ytd, null, asOf),
  ]);
  const visible = units.filter((u) => regionInScope(u.id, ctx.scope));
  const v = (m: Map<MetricKey, Map<string, { value: Rational }>>, key: MetricKey, unit: string) =>
    m.get(key)?.get(unit)?.value ?? r(0);
  const sum = (m: Map<MetricKey, Map<string, { value: Rational }>>, key: MetricKey) =>
    visible.reduce((acc, u) => add(acc, v(m, key, u.id)), r(0));
  const label = `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
  const title = `${label}全市招商引资工作情况通报`;
  const table = (headers: string[], rows: string[][]) =>
    govTable({
      headers,
      widths: [2200, ...headers.slice(1).map(() => Math.floor(6800 / (headers.length - 1)))],
      align: ['left', ...headers.slice(1).map(() => 'right' as const)],
      rows,
    });
  const children = [
    govTitle(title),
    govParagraph(
      `${label}，全市新签约项目${count(sum(now, 'signed_count'))}个，总投资${yi(sum(now, 'signed_amount'))}亿元；1—${Number(month.slice(5, 7))}月累计签约项目${count(sum(year, 'signed_count'))}个，总投资${yi(sum(year, 'signed_amount'))}亿元。当月新开工项目${count(sum(now, 'new_starts'))}个，新投产项目${count(sum(now, 'new_producing'))}个，月报到位资金${yi(sum(now, 'funds_arrived'))}亿元。`,
    ),
    govHeading('一、项目签约情况'),
    table(
      ['县市区', '当月签约（个）', '当月总投资（亿元）', '累计签约（个）', '累计总投资（亿元）'],
      visible.map((u) => [
        u.name,
        count(v(now, 'signed_count', u.id)),
        yi(v(now, 'signed_amount', u.id)),
        count(v(year, 'signed_count', u.id)),
        yi(v(year, 'signed_amount', u.id)),
      ]),
    ),
    govHeading('二、开工投产和资金到位情况'),
    table(
      ['县市区', '新开工（个）', '新投产（个）', '到位资金（亿元）'],
      visible.map((u) => [
        u.name,
        count(v(now, 'new_starts', u.id)),
        count(v(now, 'new_producing', u.id)),
        yi(v(now, 'funds_arrived', u.id)),
      ]),
    ),
    govHeading('三、月报报送和督办事项'),
    table(
      ['县市区', '缺报月报（项次）', '超期督办事项（件）'],
      visible.map((u) => [
        u.name,
        count(v(now, 'missing_reports', u.id)),
        count(v(now, 'supervision_overdue', u.id)),
      ]),
    ),
    govParagraph(
      `以上数据截至${asOf.slice(0, 4)}年${Number(asOf.slice(5, 7))}月${Number(asOf.slice(8, 10))}日，来源于推进平台。`,
    ),
    govFooter('南阳市招商引资工作领导小组办公室'),
  ];
  return { title, buffer: await govDocument(title, children) };
}
