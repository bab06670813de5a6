import { sql } from 'drizzle-orm';
import type { Method } from '../../domain/evaluation/method';
import { parsePeriod } from '../../domain/evaluation/period';
import { shanghaiDate } from '../../domain/time';
import type { Ctx } from '../auth/principal';
import { rowsOf } from '../db/rows';
import { awardsFromResult } from '../evaluation/awards';
import { createMethod, publishMethod, putTargets } from '../evaluation/methods';
import { computeResult, publishResult } from '../evaluation/results';
import { closeInspection, createInspection, getInspection, scoreSite } from '../inspections/service';
import { NANYANG_REGIONS } from '../org/nanyang';
import type { DemoEnv } from './walk';

const indicator = (
  key: string,
  name: string,
  metric: Method['indicators'][number]['metric'],
  points: string,
  extra: Partial<Method['indicators'][number]> = {},
): Method['indicators'][number] => ({
  key,
  name,
  metric,
  basis: 'level',
  direction: 'positive',
  points,
  normalisation: { kind: 'efficacy', floor: '0.6' },
  target: 'none',
  ...extra,
});

/** The demo's 招商引资考评办法: signings against targets, funds, starts, 13710 on time; bonuses and deductions. */
const METHOD: Method = {
  name: '南阳市招商引资工作考评办法',
  totalPoints: '100',
  periodKind: 'quarter',
  indicators: [
    indicator('amount', '签约总投资额', 'signed_amount', '30', {
      normalisation: { kind: 'capped_ratio' },
      target: 'per_unit_time_proportional',
    }),
    indicator('count', '签约项目数', 'signed_count', '15'),
    indicator('industrial', '签约工业项目数', 'signed_count_industrial', '10'),
    indicator('funds', '到位省外资金', 'funds_arrived_out_of_province', '20'),
    indicator('starts', '新开工项目数', 'new_starts', '15', { normalisation: { kind: 'min_max' } }),
    indicator('on_time', '督办按期办结率', 'supervision_on_time_rate', '10'),
  ],
  rules: [
    { key: 'big', name: '10亿元以上项目', kind: 'bonus', metric: 'projects_over_10yi', each: '2', cap: '6' },
    { key: 'missing', name: '缺报月报', kind: 'deduction', metric: 'missing_reports', each: '0.5', cap: '3' },
    {
      key: 'late',
      name: '逾期未开工',
      kind: 'deduction',
      metric: 'past_start_deadline',
      each: '0.5',
      cap: '2',
    },
  ],
  outcomes: { commend: 3, pledge: 2 },
  exclusions: { signingTypes: ['formal'] },
};

const COUNTIES = NANYANG_REGIONS.filter((r) => ['district', 'county', 'county_city'].includes(r.kind));

/**
 * 考评 in the demo: the method (published), this year's and last year's signing targets, last
 * year's four quarters and the year published with its rewards and penalties recorded, this
 * year's finished quarters published, and this year's first-half inspection (观摩) scored and
 * closed. Everything through the services the city uses.
 */
export async function seedEvaluation(env: DemoEnv, admin: Ctx, judges: readonly Ctx[]) {
  const today = shanghaiDate(env.now);
  const year = Number(today.slice(0, 4));
  const method = await createMethod(env.db, admin, {
    family: 'nanyang',
    validFrom: '2021-01-01',
    groupIds: ['counties'],
    body: METHOD,
  });
  await publishMethod(env.db, admin, method.id);
  for (const y of [year - 1, year]) {
    await putTargets(env.db, admin, method.id, {
      year: y,
      rows: COUNTIES.map((c, i) => ({
        unitId: c.id,
        indicatorKey: 'amount',
        value: String((20 + ((i * 7) % 5) * 10) * 100_000_000),
      })),
    });
  }
  const periods = [
    ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${year - 1}${q}`),
    `${year - 1}`,
    ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${year}${q}`).filter((p) => (parsePeriod(p)?.to ?? '9') < today),
  ];
  let results = 0;
  for (const period of periods) {
    const draft = await computeResult(env.db, admin, { period, groupId: 'counties' });
    const published = await publishResult(env.db, admin, draft.id, null);
    results++;
    if (period === String(year - 1)) {
      await awardsFromResult(env.db, admin, {
        resultId: published.id,
        reward: { title: '招商引资工作先进单位', amount: '500000' },
        penalty: { title: '通报批评' },
        documentNo: `宛招组〔${year}〕3号`,
        decidedOn: `${year}-01-20`,
      });
    }
  }
  const inspections = today > `${year}-06-30` ? await seedInspection(env, admin, judges, year) : 0;
  return { evaluationResults: results, inspections };
}

/** This year's first-half inspection: two sites in each of six counties, three judges, closed. */
async function seedInspection(env: DemoEnv, admin: Ctx, judges: readonly Ctx[], year: number) {
  const sites = await rowsOf<{ id: string }>(
    env.db,
    sql`select id from (
        select id, region_id, row_number() over (partition by region_id order by code) as n
        from projects where stage in ('started', 'completed', 'producing') and deleted_at is null
      ) x where n <= 2 order by region_id limit 12`,
  );
  if (!sites.length || !judges.length) return 0;
  const sheet = [
    { key: 'progress', name: '项目建设进度', max: '40' },
    { key: 'investment', name: '投资强度', max: '25' },
    { key: 'technology', name: '科技含量', max: '15' },
    { key: 'benefit', name: '综合效益', max: '20' },
  ];
  const id = await createInspection(env.db, admin, {
    name: `${year}年上半年重点项目观摩`,
    period: `${year}H1`,
    groupId: 'counties',
    sheet,
    dropExtremes: true,
    judgeIds: judges.map((j) => j.principal.id),
    projectIds: sites.map((s) => s.id),
  });
  const view = await getInspection(env.db, admin, id);
  for (const judge of judges) {
    for (const site of view.sites) {
      const marks = Object.fromEntries(
        sheet.map((c) => {
          const max = Number(c.max);
          // Between 60% and 100% of the maximum, in half points.
          return [c.key, String(Math.round((0.6 + env.rand() * 0.4) * max * 2) / 2)];
        }),
      );
      await scoreSite(env.db, judge, id, site.id, marks);
    }
  }
  await closeInspection(env.db, admin, id);
  return 1;
}
