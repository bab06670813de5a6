import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/trail';
import { systemCtx } from '../auth/principal';
import { localFileStore } from '../files/store';
import { seedOrganisation } from '../org/seed';
import { eventReport } from '../signing/report';
import { listEvents } from '../signing/service';
import type { Database } from '../db/client';
import { freshDatabase } from '../test/harness';
import { seedDemo } from './seed';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema/users';
import { myProjects, overview } from '../delivery/overview';
import { ratesByRegion } from '../delivery/rates';
import { getItem, listItems } from '../supervision/service';
import { yearEndOverview } from '../evaluation/year-end';

/** The demo a new user sees: built through the real services, so it must also satisfy their rules. */
describe('demo data', () => {
  let database: Database;
  let drop: () => Promise<void>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-demo-'));
  const now = new Date('2026-11-29T04:00:00Z');

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
    await database.db.transaction((tx) => seedOrganisation(tx));
  }, 120_000);
  afterAll(async () => {
    await database.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'loads the first signing day as the newspaper reports it, and every month since',
    { timeout: 120_000 },
    async () => {
      const summary = await seedDemo(database.db, localFileStore(dir), now);
      expect(summary?.projects).toBeGreaterThan(100);
      const ctx = systemCtx(now);
      const events = await listEvents(database.db, ctx, { from: '2021-07-01', to: '2026-11-30' });
      expect(events[0]).toMatchObject({
        heldOn: '2021-07-28',
        title: '南阳市2021年7月项目签约推进日',
        signedCount: 42,
        virtual: false,
      });
      expect(events.every((e) => !e.virtual)).toBe(true);
      expect(events).toHaveLength(65);
      const report = await eventReport(database.db, ctx, events[0]?.id ?? '');
      expect(report.headline).toBe('现场签约项目42个，总投资额超过200亿元');
      expect(report.statistics.all.totalInvestment).toBe('20136000000.00');
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
      // 考评: 2025's four quarters and year, 2026's first three quarters, published; 2026H1 inspected.
      expect(summary).toMatchObject({ evaluationResults: 8, inspections: 1 });
      const year = await yearEndOverview(database.db, 2025, 'counties');
      expect(year.periods.map((p) => p.period)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
      expect(new Set(year.units.map((u) => u.annual?.total)).size).toBeGreaterThan(5);
      expect(year.units.flatMap((u) => u.awards.map((a) => a.kind)).sort()).toEqual([
        'penalty',
        'penalty',
        'reward',
        'reward',
        'reward',
      ]);
      expect(year.proposals).toEqual([]);
      const thisYear = await yearEndOverview(database.db, 2026, 'counties');
      expect(thisYear.inspections).toHaveLength(1);
      expect(thisYear.units.filter((u) => u.inspections[0]?.score).length).toBeGreaterThan(3);
    },
  );

  it('follows the signed projects: reports, overdue milestones, missing reports and rates that differ by county', async () => {
    const ctx = systemCtx(now);
    const view = await overview(database.db, ctx, {});
    expect(view.overdue.length).toBeGreaterThan(5);
    expect(view.missing.projects.length).toBeGreaterThan(0);
    expect(view.byStage.find((s) => s.stage === 'producing')?.count).toBeGreaterThan(0);
    expect(view.byStage.find((s) => s.stage === 'stalled')?.count).toBeGreaterThan(0);
    expect(BigInt(view.funds.arrivedTotal.replace('.', ''))).toBeGreaterThan(0n);
    const byRegion = await ratesByRegion(database.db, ctx, { cohort: 'all' });
    const starts = new Set(byRegion.rows.map((r) => r.rates.find((x) => x.key === 'start')?.percent));
    expect(starts.size).toBeGreaterThan(5);
    const funding = byRegion.total.find((r) => r.key === 'funding');
    expect(Number(funding?.percent)).toBeGreaterThan(10);
    expect(Number(funding?.percent)).toBeLessThan(100);
    const leader = await database.db.select().from(users).where(eq(users.username, 'leader'));
    const mine = await myProjects(database.db, {
      ...ctx,
      principal: { ...ctx.principal, id: leader[0]?.id ?? '' },
    });
    expect(mine.items).toHaveLength(10);
    // Supervision: a mix of states and colours on the board, every item explained by its log.
    const items = await listItems(database.db, ctx, { state: 'open', page: 1, pageSize: 200 });
    expect(items.total).toBeGreaterThan(10);
    expect(new Set(items.items.map((i) => i.colour)).has('red')).toBe(true);
    const closed = await listItems(database.db, ctx, { state: 'closed', page: 1, pageSize: 1 });
    expect(closed.total).toBeGreaterThan(50);
    const one = await getItem(database.db, ctx, closed.items[0]?.id ?? '');
    expect(one.events.at(-1)?.type).toBe('closed');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });
});
