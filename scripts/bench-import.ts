// `npm run bench:import`: import of 10,000 project rows on the embedded database (parse +
// validate + commit), and signing-day statistics with 100,000 projects. Prints figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { systemCtx } from '../src/server/auth/principal';
import { pgArray } from '../src/server/db/arrays';
import { openDatabase } from '../src/server/db/client';
import { seedDemoAccounts } from '../src/server/demo/seed';
import { importProjects } from '../src/server/imports/projects';
import { NANYANG_REGIONS } from '../src/server/org/nanyang';
import { seedOrganisation } from '../src/server/org/seed';
import { eventReport } from '../src/server/signing/report';
import { createEvent } from '../src/server/signing/service';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const STATS_PROJECTS = Number(process.env.BENCH_STATS_PROJECTS ?? 100_000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-bench-import-'));
const database = await openDatabase({ kind: 'pglite', dataDir });
const now = new Date();
await database.db.transaction(async (tx) => {
  await seedOrganisation(tx);
  await seedDemoAccounts(tx, now);
});
const ctx = systemCtx(now);
const [admin] = (await database.db.execute(sql`select id from users where username = 'admin'`)).rows as {
  id: string;
}[];
ctx.principal.id = admin?.id ?? ctx.principal.id;
const counties = NANYANG_REGIONS.filter((r) => r.kind !== 'city').map((r) => r.name);

const PLACES = [
  '宛东',
  '卧龙岗',
  '白河',
  '独山',
  '伏牛',
  '丹江',
  '桐柏山',
  '南召',
  '方城',
  '内乡',
  '镇平',
  '淅川',
  '社旗',
  '唐河',
  '新野',
  '邓州',
  '高新',
  '官庄',
  '鸭河',
  '示范区',
];
const PRODUCTS = [
  '智能装备',
  '光电元件',
  '环保装备',
  '超硬材料',
  '通信模组',
  '中药饮片',
  '汽车零部件',
  '食品加工',
  '纺织服装',
  '碳酸钙',
  '冷链物流',
  '文旅综合体',
  '数字经济园',
  '现代农业园',
  '储能电站',
  '综合管廊',
  '生物制剂',
  '新型建材',
  '电子信息',
  '精密铸造',
];

// A 10,000-row workbook typed the way counties type it.
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('项目');
ws.addRow([
  '项目名称',
  '县（市、区）',
  '产业类别',
  '行业',
  '投资方',
  '总投资（万元）',
  '供地方式',
  '签约类型',
  '签约日期',
  '招商方式',
]);
for (let i = 0; i < ROWS; i++) {
  ws.addRow([
    `${PLACES[i % PLACES.length]}${PRODUCTS[Math.floor(i / PLACES.length) % PRODUCTS.length]}${Math.floor(i / 400) + 1}期`,
    (counties[i % counties.length] ?? '').replace(/(区|县|市)$/, ''),
    i % 4 === 0 ? '服务业' : '工业',
    '装备制造',
    `${PLACES[(i * 7) % PLACES.length]}${PRODUCTS[(i * 3) % PRODUCTS.length]}投资${i % 1500}有限公司`,
    i % 3 === 0 ? `${(i % 50) + 1}亿` : `${10_000 + (i % 90) * 1000}`,
    '需新供地',
    i % 2 === 0 ? '正式合同' : '',
    i % 2 === 0 ? `2025年${(i % 12) + 1}月28日` : '',
    '产业链招商',
  ]);
}
const bytes = Buffer.from(await wb.xlsx.writeBuffer());

let t = performance.now();
const dry = await importProjects(database.db, ctx, bytes, { dryRun: true, fileName: 'bench.xlsx' });
const dryMs = performance.now() - t;
t = performance.now();
const done = await importProjects(database.db, ctx, bytes, { dryRun: false, fileName: 'bench.xlsx' });
const commitMs = performance.now() - t;
console.log(`import of ${ROWS} rows (${(bytes.length / 1024).toFixed(0)} KB .xlsx), embedded database:`);
console.log(
  `  dry run  (parse + validate):           ${(dryMs / 1000).toFixed(2)} s, ${dry.problems.length} problems`,
);
console.log(
  `  commit   (parse + validate + commit):  ${(commitMs / 1000).toFixed(2)} s, ${done.created} created, ${done.duplicatesFlagged} duplicates flagged`,
);
console.log(`  target < 10 s: ratio ${(commitMs / 10_000).toFixed(2)}`);

// Signing-day statistics with 100,000 projects in the database: 120 monthly events of ~830 projects,
// and the worst case of one event carrying all of them.
const EVENTS = 120;
const events: string[] = [];
for (let e = 0; e < EVENTS; e++) {
  const month = `${2016 + Math.floor(e / 12)}-${String((e % 12) + 1).padStart(2, '0')}`;
  events.push(
    (
      await createEvent(database.db, ctx, {
        kind: 'monthly',
        month,
        subVenues: [],
        reports: [],
        pledgeSpeakers: [],
      })
    ).id,
  );
}
const regionIds = NANYANG_REGIONS.filter((r) => r.kind !== 'city').map((r) => r.id);
async function signedProjects(n: number, eventOf: (i: number) => string, prefix: string) {
  for (let start = 0; start < n; start += 10_000) {
    const idx = Array.from({ length: Math.min(10_000, n - start) }, (_, i) => start + i);
    await database.db.execute(sql`
      insert into projects (code, name, region_id, industry_category, strategic_emerging, industry, investor_name, total_investment,
        contracted_investment, land_situation, stage, signing_type, signed_on, signing_event_id, origin_region)
      select t.code, t.name, t.region, t.cat::industry_category, t.se, '装备制造', t.inv, t.total, t.total, 'new_land', 'signed',
        'formal', '2025-06-28', t.ev, (case when t.se then 'local' else 'yangtze_delta' end)::origin_region
      from unnest(${pgArray(idx.map((i) => `${prefix}-${i}`))}::text[], ${pgArray(idx.map((i) => `统计项目${i}`))}::text[],
        ${pgArray(idx.map((i) => regionIds[i % regionIds.length]))}::text[], ${pgArray(idx.map((i) => (i % 3 ? 'industrial' : 'services')))}::text[],
        ${pgArray(idx.map((i) => i % 5 === 0))}::boolean[], ${pgArray(idx.map((i) => `统计企业${i}`))}::text[],
        ${pgArray(idx.map((i) => `${(1 + (i % 60)) * 100_000_000}`))}::numeric[], ${pgArray(idx.map(eventOf))}::uuid[])
        as t(code, name, region, cat, se, inv, total, ev)`);
  }
  await database.db.execute(sql`analyze projects`);
}
async function time(eventId: string) {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = await eventReport(database.db, ctx, eventId);
    times.push(performance.now() - t0);
    count = r.allStatistics.all.count;
  }
  times.sort((a, b) => a - b);
  return { count, median: times[3] ?? 0, best: times[0] ?? 0 };
}
await signedProjects(STATS_PROJECTS, (i) => events[i % EVENTS] ?? '', 'STAT');
const typical = await time(events[7] ?? '');
console.log(
  `signing-day statistics, ${STATS_PROJECTS} projects in the database, one event of ${typical.count}: median ${typical.median.toFixed(0)} ms (best ${typical.best.toFixed(0)} ms); target < 200 ms: ratio ${(typical.median / 200).toFixed(2)}`,
);
const big = (
  await createEvent(database.db, ctx, {
    kind: 'expo',
    heldOn: '2025-06-28',
    subVenues: [],
    reports: [],
    pledgeSpeakers: [],
  })
).id;
await signedProjects(STATS_PROJECTS, () => big, 'BIG');
const worst = await time(big);
console.log(
  `worst case, one event carrying ${worst.count} projects: median ${worst.median.toFixed(0)} ms (best ${worst.best.toFixed(0)} ms)`,
);
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
