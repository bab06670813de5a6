// `npm run bench:projects`: API latency of the project list with 10,000 projects (PGlite by
// default, PostgreSQL when DATABASE_URL is set). Prints measured figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config/env';
import { pgArray } from '../src/server/db/arrays';
import { openDatabase } from '../src/server/db/client';
import { DEMO_PASSWORD } from '../src/server/demo/accounts';
import { seedDemoAccounts } from '../src/server/demo/seed';
import { localFileStore } from '../src/server/files/store';
import { NANYANG_REGIONS } from '../src/server/org/nanyang';
import { seedOrganisation } from '../src/server/org/seed';

const N = Number(process.env.BENCH_PROJECTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-bench-'));
const config = loadConfig({ ...process.env, TUIJIN_DATA_DIR: dataDir, TUIJIN_LOG_LEVEL: 'silent' });
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir },
);
if (config.databaseUrl) {
  const [row] = (await database.db.execute(sql`select count(*)::int as n from projects`)).rows as {
    n: number;
  }[];
  if ((row?.n ?? 0) > 0) throw new Error('bench:projects needs an empty PostgreSQL database in DATABASE_URL');
}
const now = new Date();
await database.db.transaction(async (tx) => {
  await seedOrganisation(tx);
  await seedDemoAccounts(tx, now);
});

const regions = NANYANG_REGIONS.filter((r) => r.kind !== 'city').map((r) => r.id);
const stages = [
  'lead',
  'negotiating',
  'signed',
  'registered',
  'land_secured',
  'started',
  'completed',
  'producing',
];
const t0 = performance.now();
const BATCH = 2_000;
for (let start = 0; start < N; start += BATCH) {
  const n = Math.min(BATCH, N - start);
  const idx = Array.from({ length: n }, (_, i) => start + i);
  await database.db.execute(sql`
    insert into projects (code, name, region_id, industry_category, industry, investor_name, total_investment, land_situation, stage, start_by)
    select * from unnest(
      ${pgArray(idx.map((i) => `BENCH-${String(i).padStart(6, '0')}`))}::text[],
      ${pgArray(idx.map((i) => `基准测试项目${i}号`))}::text[],
      ${pgArray(idx.map((i) => regions[i % regions.length]))}::text[],
      ${pgArray(idx.map((i) => (i % 5 === 0 ? 'services' : 'industrial')))}::industry_category[],
      ${pgArray(idx.map(() => '装备制造'))}::text[],
      ${pgArray(idx.map((i) => `基准投资企业${i % 997}有限公司`))}::text[],
      ${pgArray(idx.map((i) => `${(1 + (i % 97)) * 10_000_000}`))}::numeric[],
      ${pgArray(idx.map(() => 'new_land'))}::land_situation[],
      ${pgArray(idx.map((i) => stages[i % stages.length]))}::stage[],
      ${pgArray(idx.map((i) => (i % 3 === 0 ? '2025-01-01' : null)))}::date[]
    )`);
}
const seeded = performance.now() - t0;

const app = await buildApp({
  db: database.db,
  dbKind: database.kind,
  config,
  files: localFileStore(dataDir),
  now: () => new Date(),
});
const base = await app.listen({ port: 0, host: '127.0.0.1' });
async function login(username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
const cookies = { admin: await login('admin'), wancheng: await login('wancheng') };

async function measure(label: string, who: keyof typeof cookies, query: string) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const s = performance.now();
    const res = await fetch(`${base}/api/projects?${query}`, { headers: { cookie: cookies[who] } });
    const body = (await res.json()) as { total: number };
    times.push(performance.now() - s);
    total = body.total;
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1);
  console.log(
    `${label.padEnd(44)} matches ${String(total).padStart(6)}   p50 ${pct(0.5)} ms   p95 ${pct(0.95)} ms`,
  );
}

console.log(
  `database: ${database.kind}; ${N} projects inserted in ${seeded.toFixed(0)} ms; ${ROUNDS} requests each`,
);
await measure('city admin, first page (20)', 'admin', 'pageSize=20');
await measure('city admin, page 200', 'admin', 'pageSize=20&page=200');
await measure('city admin, region + stage', 'admin', 'region=411381&stage=signed,registered');
await measure('city admin, text search', 'admin', 'q=' + encodeURIComponent('项目777'));
await measure(
  'city admin, amount range, sorted by amount',
  'admin',
  'minInvestment=500000000&maxInvestment=800000000&sort=totalInvestment',
);
await measure('city admin, overdue start', 'admin', 'overdue=true');
await measure('county officer (宛城区), first page', 'wancheng', 'pageSize=20');
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
