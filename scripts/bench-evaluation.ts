// `npm run bench:evaluation`: a quarter's ranking computed for 160 units over a province-sized
// dataset — 100,000 projects, 1,000,000 monthly reports, 300,000 supervision items — on
// PostgreSQL (DATABASE_URL names a server; a fresh database is created and dropped). Prints the
// median of the whole computation (every metric, last year's window for growth, scoring,
// freezing the draft) and the ratio to the slowest single metric query.
import { sql } from 'drizzle-orm';
import { systemCtx } from '../src/server/auth/principal';
import { pgArray } from '../src/server/db/arrays';
import { rowsOf } from '../src/server/db/rows';
import { seedDemoAccounts } from '../src/server/demo/seed';
import { metricValues } from '../src/server/evaluation/metrics';
import { createMethod, publishMethod, putTargets } from '../src/server/evaluation/methods';
import { computeResult } from '../src/server/evaluation/results';
import { seedOrganisation } from '../src/server/org/seed';
import { freshDatabase } from '../src/server/test/harness';
import type { MetricKey } from '../src/domain/evaluation/method';

if (process.env.TUIJIN_TEST_DB !== 'postgres' || !process.env.DATABASE_URL) {
  throw new Error(
    'bench:evaluation runs on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)',
  );
}
const UNITS = Number(process.env.BENCH_UNITS ?? 160);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 100_000);
const REPORTS_PER_PROJECT = Number(process.env.BENCH_REPORTS_PER_PROJECT ?? 10);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 300_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const now = new Date('2026-11-29T04:00:00Z');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const { database, drop } = await freshDatabase();
const { db } = database;
try {
  const t0 = performance.now();
  await db.transaction(async (tx) => {
    await seedOrganisation(tx);
    await seedDemoAccounts(tx, now);
  });
  const [admin] = await rowsOf<{ id: string }>(db, sql`select id from users where username = 'admin'`);
  const units = Array.from({ length: UNITS }, (_, i) => `B${String(i + 1).padStart(3, '0')}`);
  await db.execute(sql`insert into regions (id, name, kind, parent_id, sort_order)
    select u, '基准县' || u, 'county', '411300', 100 + n from unnest(${pgArray(units)}::text[]) with ordinality as t(u, n)`);
  await db.execute(sql`insert into ranking_groups (id, name, kind) values ('bench', '基准县区', 'counties')`);
  await db.execute(
    sql`insert into ranking_group_members (group_id, member_id) select 'bench', u from unnest(${pgArray(units)}::text[]) u`,
  );
  // Projects, signed over 2021-07 … 2026-10, spread over the units; milestones and reports generated in SQL.
  await db.execute(sql`insert into projects (code, name, region_id, industry_category, industry, investor_name, total_investment,
      contracted_investment, funds_out_of_province, funds_foreign_usd, land_situation, stage, signing_type, signed_on, start_by)
    select 'EV-' || lpad(i::text, 6, '0'), '考评基准项目' || i, (${pgArray(units)}::text[])[1 + i % ${UNITS}], 'industrial', '装备制造',
      '基准企业' || (i % 997) || '有限公司', (1 + i % 97)::numeric * 100000000, (1 + i % 97)::numeric * 80000000, (i % 7) * 50000000, (i % 17) * 10000,
      'new_land', (array['signed','registered','started','producing'])[1 + i % 4]::stage, 'formal',
      date '2021-07-28' + ((i * 7919) % 1950) * interval '1 day', date '2021-07-28' + ((i * 7919) % 1950 + 180) * interval '1 day'
    from generate_series(1, ${PROJECTS}) i`);
  await db.execute(sql`insert into project_milestones (project_id, milestone, actual_on)
    select id, 'started', signed_on + 90 from projects where stage in ('started', 'producing') and code like 'EV-%'`);
  await db.execute(sql`insert into project_milestones (project_id, milestone, actual_on)
    select id, 'producing', signed_on + 300 from projects where stage = 'producing' and code like 'EV-%'`);
  await db.execute(sql`insert into monthly_reports (project_id, region_id, month, funds_out_of_province, funds_foreign_usd, work_done, filed_by)
    select p.id, p.region_id, (date_trunc('month', p.signed_on) + k * interval '1 month')::date, (k % 5) * 1000000, 0, '施工', ${admin?.id ?? ''}::uuid
    from projects p cross join generate_series(0, ${REPORTS_PER_PROJECT - 1}) k
    where p.code like 'EV-%' and date_trunc('month', p.signed_on) + k * interval '1 month' < date '2026-11-01'`);
  await db.execute(sql`insert into supervision_items (code, title, description, category, source, weight, unit_kind, unit_id, state, created_by, created_at)
    select 'EVI-' || i, '基准事项' || i, '基准', 'land', 'meeting_decision', 'ordinary', 'region', (${pgArray(units)}::text[])[1 + i % ${UNITS}],
      (array['assigned','reported','resolved','closed'])[1 + i % 4]::item_state, ${admin?.id ?? ''}::uuid,
      timestamptz '2025-01-01 02:00Z' + ((i * 31) % 690) * interval '1 day'
    from generate_series(1, ${ITEMS}) i`);
  await db.execute(sql`insert into supervision_targets (item_id, key, opens_at, deadline, yellow_at, breach_at, done_at)
    select id, 'resolve', created_at, (created_at + interval '7 days')::date, created_at + interval '5 days', created_at + interval '8 days',
      case when state in ('resolved', 'closed') then created_at + ((hashtext(id::text) % 12 + 12) % 12) * interval '1 day' end
    from supervision_items where code like 'EVI-%'`);
  await db.execute(sql`analyze`);
  const [counts] = await rowsOf<{ p: number; r: number; i: number }>(
    db,
    sql`select (select count(*) from projects)::int p, (select count(*) from monthly_reports)::int r, (select count(*) from supervision_items)::int i`,
  );
  console.log(
    `PostgreSQL: ${UNITS} units, ${counts?.p.toLocaleString()} projects, ${counts?.r.toLocaleString()} monthly reports, ${counts?.i.toLocaleString()} supervision items loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const system = systemCtx(now);
  // Acting as the city administrator (the writes name a real account).
  const ctx = { ...system, principal: { ...system.principal, id: admin?.id ?? system.principal.id } };
  const ind = (key: string, metric: MetricKey, points: string, extra: Record<string, unknown> = {}) => ({
    key,
    name: key,
    metric,
    basis: 'level' as const,
    direction: 'positive' as const,
    points,
    normalisation: { kind: 'efficacy' as const, floor: '0.6' },
    target: 'none' as const,
    ...extra,
  });
  const method = await createMethod(db, ctx, {
    family: 'bench',
    validFrom: '2026-01-01',
    groupIds: ['bench'],
    body: {
      name: '基准考评办法',
      totalPoints: '100',
      periodKind: 'quarter',
      indicators: [
        ind('amount', 'signed_amount', '30', {
          normalisation: { kind: 'capped_ratio' },
          target: 'per_unit_time_proportional',
        }),
        ind('count', 'signed_count', '10'),
        ind('funds', 'funds_arrived_out_of_province', '20', { basis: 'growth' }),
        ind('contract_out', 'contracted_out_of_province', '10'),
        ind('starts', 'new_starts', '10', { normalisation: { kind: 'min_max' } }),
        ind('producing', 'new_producing', '10', { normalisation: { kind: 'rank' } }),
        ind('on_time', 'supervision_on_time_rate', '10'),
      ],
      rules: [
        {
          key: 'big',
          name: '十亿元以上项目',
          kind: 'bonus',
          metric: 'projects_over_10yi',
          each: '1',
          cap: '5',
        },
        {
          key: 'missing',
          name: '缺报月报',
          kind: 'deduction',
          metric: 'missing_reports',
          each: '0.1',
          cap: '3',
        },
        {
          key: 'late',
          name: '逾期未开工',
          kind: 'deduction',
          metric: 'past_start_deadline',
          each: '0.1',
          cap: '2',
        },
        {
          key: 'overdue',
          name: '超期督办',
          kind: 'deduction',
          metric: 'supervision_overdue',
          each: '0.05',
          cap: '2',
        },
      ],
      outcomes: { commend: 10, pledge: 10 },
    },
  });
  await publishMethod(db, ctx, method.id);
  await putTargets(db, ctx, method.id, {
    year: 2026,
    rows: units.map((u, i) => ({
      unitId: u,
      indicatorKey: 'amount',
      value: String((50 + (i % 50)) * 100_000_000),
    })),
  });

  const times: number[] = [];
  let top = '';
  for (let k = 0; k < ROUNDS; k++) {
    const s = performance.now();
    const result = await computeResult(db, ctx, { period: '2026Q3', groupId: 'bench' });
    times.push(performance.now() - s);
    top = `${result.payload.units[0]?.unitName} ${result.payload.units[0]?.total}`;
  }
  const whole = median(times);
  const keys = [
    ...new Set([...method.body.indicators.map((i) => i.metric), ...method.body.rules.map((r) => r.metric)]),
  ] as MetricKey[];
  const single: [string, number][] = [];
  for (const key of keys) {
    const ts: number[] = [];
    for (let k = 0; k < ROUNDS; k++) {
      const s = performance.now();
      await metricValues(db, [key], 'region', { from: '2026-01-01', to: '2026-09-30' }, null, '2026-11-29');
      ts.push(performance.now() - s);
    }
    single.push([key, median(ts)]);
  }
  single.sort((a, b) => b[1] - a[1]);
  const together: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const s = performance.now();
    await metricValues(
      db,
      keys,
      'region',
      { from: '2026-01-01', to: '2026-09-30' },
      {
        window: { from: '2025-01-01', to: '2025-09-30' },
        keys: method.body.indicators.filter((i) => i.basis === 'growth').map((i) => i.metric as MetricKey),
      },
      '2026-11-29',
    );
    together.push(performance.now() - s);
  }
  const [slowKey, slowMs] = single[0] ?? ['', NaN];
  console.log(
    `metric queries (median of ${ROUNDS}): ${single.map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ')}`,
  );
  console.log(
    `all metrics side by side, with last year's window (the computation's reading phase): median ${median(together).toFixed(0)} ms`,
  );
  console.log(
    `quarter 2026Q3 for ${UNITS} units (${keys.length} metrics, growth over last year, scoring, the draft frozen): median ${whole.toFixed(0)} ms of ${ROUNDS}; target < 2000 ms (ratio ${(whole / 2000).toFixed(2)}); slowest single metric ${slowKey} ${slowMs.toFixed(0)} ms (whole / slowest ${(whole / slowMs).toFixed(1)}); first place: ${top}`,
  );
} finally {
  await database.close();
  await drop();
}
