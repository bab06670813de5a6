// `npm run bench:rates`: the six delivery rates for every county and every signing cohort over
// 100,000 signed projects with 1,000,000 monthly reports (PGlite by default, PostgreSQL when
// DATABASE_URL names an empty database). Prints measured figures and the ratio to the same
// aggregation written by hand as one SQL statement; checks that both give the same counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { systemCtx } from '../src/server/auth/principal';
import { loadConfig } from '../src/server/config/env';
import { pgArray } from '../src/server/db/arrays';
import { openDatabase } from '../src/server/db/client';
import { rowsOf } from '../src/server/db/rows';
import { ratesByRegion } from '../src/server/delivery/rates';
import { refreshAllSummaries } from '../src/server/delivery/summary';
import { seedDemoAccounts } from '../src/server/demo/seed';
import { NANYANG_REGIONS } from '../src/server/org/nanyang';
import { seedOrganisation } from '../src/server/org/seed';

const N = Number(process.env.BENCH_PROJECTS ?? 100_000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-bench-rates-'));
const config = loadConfig({ ...process.env, TUIJIN_DATA_DIR: dataDir, TUIJIN_LOG_LEVEL: 'silent' });
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir },
);
const { db } = database;
const [existing] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from projects`);
if ((existing?.n ?? 0) > 0) throw new Error('bench:rates needs an empty database');
const now = new Date('2026-11-29T04:00:00Z');
await db.transaction(async (tx) => {
  await seedOrganisation(tx);
  await seedDemoAccounts(tx, now);
});
const [admin] = await rowsOf<{ id: string }>(db, sql`select id from users where username = 'admin'`);

const regions = NANYANG_REGIONS.filter((r) => r.kind !== 'city').map((r) => r.id);
const MILESTONES = [
  'registered',
  'land_secured',
  'started',
  'completed',
  'producing',
  'at_capacity',
] as const;
const day = (base: string, add: number) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + add);
  return d.toISOString().slice(0, 10);
};
/** Deterministic: project i signed on the 28th of month (i mod 64) since 2021-07, reaching (i mod 7) milestones. */
const signedOn = (i: number) => {
  const m = 6 + (i % 64);
  return `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-28`;
};
const reached = (i: number) => (i * 7919) % 7;

/** Reports exist only for months that have begun (to 2026-11): a project files at most that many. */
const monthsOpen = (i: number) => 64 - (i % 64) + 1;
let perProject = 1;
const reportsWith = (cap: number) =>
  Array.from({ length: N }, (_, i) => Math.min(cap, monthsOpen(i))).reduce((a, b) => a + b, 0);
while (reportsWith(perProject) < REPORTS && perProject < 65) perProject++;

const t0 = performance.now();
const BATCH = 10_000;
for (let start = 0; start < N; start += BATCH) {
  const idx = Array.from({ length: Math.min(BATCH, N - start) }, (_, k) => start + k);
  const ids = (
    await rowsOf<{ id: string }>(
      db,
      sql`insert into projects (code, name, region_id, industry_category, industry, investor_name, total_investment,
          contracted_investment, land_situation, stage, signing_type, signed_on, start_by, origin_region, real_estate)
        select * from unnest(
          ${pgArray(idx.map((i) => `RATE-${String(i).padStart(6, '0')}`))}::text[],
          ${pgArray(idx.map((i) => `履约基准项目${i}号`))}::text[],
          ${pgArray(idx.map((i) => regions[i % regions.length]))}::text[],
          ${pgArray(idx.map((i) => (i % 5 === 0 ? 'services' : 'industrial')))}::industry_category[],
          ${pgArray(idx.map(() => '装备制造'))}::text[],
          ${pgArray(idx.map((i) => `基准投资企业${i % 997}有限公司`))}::text[],
          ${pgArray(idx.map((i) => `${(1 + (i % 97)) * 100_000_000}`))}::numeric[],
          ${pgArray(idx.map((i) => (i % 11 === 0 ? null : `${(1 + (i % 97)) * 80_000_000}`)))}::numeric[],
          ${pgArray(idx.map(() => 'new_land'))}::land_situation[],
          ${pgArray(idx.map((i) => ['signed', ...MILESTONES][reached(i)]))}::stage[],
          ${pgArray(idx.map((i) => (i % 3 === 0 ? 'framework' : 'formal')))}::signing_type[],
          ${pgArray(idx.map(signedOn))}::date[],
          ${pgArray(idx.map((i) => day(signedOn(i), 180)))}::date[],
          ${pgArray(idx.map((i) => (i % 13 === 0 ? 'local' : 'yangtze_delta')))}::origin_region[],
          ${pgArray(idx.map((i) => i % 29 === 0))}::boolean[]
        ) returning id`,
    )
  ).map((r) => r.id);
  const m = { project: [] as string[], milestone: [] as string[], on: [] as string[] };
  idx.forEach((i, k) => {
    for (let j = 0; j < reached(i); j++) {
      m.project.push(ids[k] ?? '');
      m.milestone.push(MILESTONES[j] ?? 'registered');
      m.on.push(day(signedOn(i), 40 + j * 70));
    }
  });
  await db.execute(sql`insert into project_milestones (project_id, milestone, actual_on)
    select * from unnest(${pgArray(m.project)}::uuid[], ${pgArray(m.milestone)}::milestone[], ${pgArray(m.on)}::date[])`);
  const r = {
    project: [] as string[],
    region: [] as string[],
    month: [] as string[],
    amount: [] as string[],
    usd: [] as string[],
  };
  idx.forEach((i, k) => {
    for (let j = 0; j < Math.min(perProject, monthsOpen(i)); j++) {
      const first = new Date(`${signedOn(i).slice(0, 7)}-01T00:00:00Z`);
      first.setUTCMonth(first.getUTCMonth() + j);
      r.project.push(ids[k] ?? '');
      r.region.push(regions[i % regions.length] ?? '');
      r.month.push(first.toISOString().slice(0, 10));
      r.amount.push(`${((i + j) % 5) * 1_000_000}`);
      r.usd.push(i % 17 === 0 ? '10000.50' : '0');
    }
  });
  await db.execute(sql`insert into monthly_reports (project_id, region_id, month, funds_out_of_province, funds_foreign_usd, work_done, filed_by)
    select p, r, m, a, u, '施工', ${admin?.id ?? ''}::uuid from unnest(${pgArray(r.project)}::uuid[], ${pgArray(r.region)}::text[],
      ${pgArray(r.month)}::date[], ${pgArray(r.amount)}::numeric[], ${pgArray(r.usd)}::numeric[]) as t(p, r, m, a, u)`);
}
const tSummary = performance.now();
await refreshAllSummaries(db);
const summaryMs = performance.now() - tSummary;
await db.execute(sql`analyze`);
const [counts] = await rowsOf<{ p: number; m: number; r: number }>(
  db,
  sql`select (select count(*) from projects)::int p, (select count(*) from project_milestones)::int m, (select count(*) from monthly_reports)::int r`,
);
console.log(
  `database: ${database.kind}; ${counts?.p} projects, ${counts?.m} milestone rows, ${counts?.r} monthly reports loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (delivery summary rebuilt in ${(summaryMs / 1000).toFixed(1)} s)`,
);

/** The default definitions written out by hand over the same delivery summary: one statement, no generation. */
const handWritten = (from: string, to: string, asOf: string) => sql`
  with c as (
    select p.id, p.region_id, p.contracted_investment as contracted,
      case when d.registered_on <= ${asOf}::date then d.registered_on end as reg,
      case when d.started_on <= ${asOf}::date then d.started_on end as started,
      case when d.producing_on <= ${asOf}::date then d.producing_on end as producing,
      case when d.at_capacity_on <= ${asOf}::date then d.at_capacity_on end as cap,
      coalesce(d.first_funds_month <= date_trunc('month', ${asOf}::date), false) as funded,
      case when d.last_report_month is null then 0
        when d.last_report_month <= date_trunc('month', ${asOf}::date) then d.funds_domestic + round(d.funds_foreign_usd * 7.1, 2)
        else (select coalesce(sum(funds_out_of_province + funds_in_province + funds_local), 0) + round(coalesce(sum(funds_foreign_usd), 0) * 7.1, 2)
          from monthly_reports r where r.project_id = p.id and r.month <= date_trunc('month', ${asOf}::date)) end as arrived
    from projects p left join project_delivery_summary d on d.project_id = p.id
    where p.deleted_at is null and p.signed_on between ${from} and least(${to}::date, ${asOf}::date)
      and not (coalesce(exists (select 1 from duplicate_candidates x where x.project_id = p.id and x.status = 'open'), false)
        or p.merged_into_id is not null or coalesce(p.origin_region = 'local', false) or p.real_estate
        or (p.fiscally_funded and p.industry_category = 'infrastructure') or p.total_investment < 100000000)
  )
  select region_id,
    count(*)::int as performance_d,
    count(*) filter (where reg is not null or funded or started is not null)::int as performance_n,
    count(*) filter (where reg is not null)::int as landing_n,
    count(*) filter (where (reg is not null or funded or started is not null) and started is not null)::int as start_n,
    count(*) filter (where started is not null and producing is not null)::int as production_n,
    count(*) filter (where producing is not null and cap is not null)::int as capacity_n,
    coalesce(sum(arrived) filter (where contracted > 0), 0)::numeric(20,2)::text as funding_na
  from c group by region_id order by region_id`;

/** For scale: the funds part computed the naive way, by scanning every monthly report. */
const rawFunds = (asOf: string) => sql`
  select p.region_id, sum(r.funds_out_of_province + r.funds_in_province + r.funds_local)::text as domestic
  from monthly_reports r join projects p on p.id = r.project_id
  where r.month <= date_trunc('month', ${asOf}::date) group by p.region_id`;

const ctx = systemCtx(now);
const asOf = '2026-11-29';
const cohorts = ['2021', '2022', '2023', '2024', '2025', '2026', 'all'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows: string[] = [];
let serviceTotal = 0;
let handTotal = 0;
for (const cohort of cohorts) {
  const svc: number[] = [];
  const hand: number[] = [];
  let result: Awaited<ReturnType<typeof ratesByRegion>> | null = null;
  let handRows: Record<string, string | number>[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    let s = performance.now();
    result = await ratesByRegion(db, ctx, { cohort, asOf });
    svc.push(performance.now() - s);
    const from = cohort === 'all' ? '0001-01-01' : `${cohort}-01-01`;
    const to = cohort === 'all' ? '9999-12-31' : `${cohort}-12-31`;
    s = performance.now();
    // Same memory for the hand-written statement as the service gives its own.
    handRows = await db.transaction(async (tx) => {
      await tx.execute(sql`set local work_mem = '64MB'`);
      return rowsOf<Record<string, string | number>>(tx, handWritten(from, to, asOf));
    });
    hand.push(performance.now() - s);
  }
  // Same figures both ways, county by county.
  for (const h of handRows) {
    const r = result?.rows.find((x) => x.regionId === h.region_id);
    const get = (k: string) => r?.rates.find((x) => x.key === k);
    const same =
      get('performance')?.denominatorCount === h.performance_d &&
      get('performance')?.numeratorCount === h.performance_n &&
      get('landing')?.numeratorCount === h.landing_n &&
      get('start')?.numeratorCount === h.start_n &&
      get('production')?.numeratorCount === h.production_n &&
      get('capacity')?.numeratorCount === h.capacity_n &&
      get('funding')?.numeratorAmount === h.funding_na;
    if (!same)
      throw new Error(`cohort ${cohort}, region ${h.region_id}: generated and hand-written SQL disagree`);
  }
  const total = result?.total.find((x) => x.key === 'performance');
  serviceTotal += median(svc);
  handTotal += median(hand);
  rows.push(
    `${cohort.padEnd(5)} ${String(total?.denominatorCount ?? 0).padStart(7)} signed   service ${median(svc).toFixed(0).padStart(5)} ms   hand-written ${median(hand).toFixed(0).padStart(5)} ms   ratio ${(median(svc) / median(hand)).toFixed(2)}`,
  );
}
console.log(
  `six rates × ${regions.length} counties and zones, as of ${asOf}, median of ${ROUNDS} runs (counts identical both ways):`,
);
for (const r of rows) console.log(`  ${r}`);
const raw = performance.now();
await rowsOf(db, rawFunds(asOf));
console.log(
  `for scale: summing the 1,000,000 reports by county directly takes ${(performance.now() - raw).toFixed(0)} ms`,
);
console.log(
  `all cohorts: service ${serviceTotal.toFixed(0)} ms, hand-written ${handTotal.toFixed(0)} ms, ratio ${(serviceTotal / handTotal).toFixed(2)}`,
);
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
