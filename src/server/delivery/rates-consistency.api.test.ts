import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CohortProject,
  DEFAULT_RATE_DEFINITIONS,
  cohortOf,
  computeRates,
  parseCohort,
  sideOf,
} from '../../domain/delivery/rates';
import { MILESTONES } from '../../domain/delivery/milestones';
import { fenToYuan, yuanToFen } from '../../domain/money/money';
import { rowsOf } from '../db/rows';
import { prng } from '../demo/walk';
import { startTestApp, type TestApp } from '../test/harness';
import { refreshAllSummaries } from './summary';

/**
 * The SQL of the rates and the pure domain definition must agree: 60 pseudo-random projects
 * (milestones, reports in RMB and US$, exclusions), several as-of dates and cohorts, every figure
 * and every drill-down list compared.
 */
describe('rates: SQL and domain agree', () => {
  let t: TestApp;
  let admin: string;
  const facts: CohortProject[] = [];
  const day = (base: string, add: number) => {
    const d = new Date(`${base}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + add);
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-11-29T04:00:00Z');
    admin = await t.login('admin');
    const db = t.database.db;
    const rand = prng(42);
    const [user] = await rowsOf<{ id: string }>(db, sql`select id from users where username = 'admin'`);
    for (let i = 0; i < 60; i++) {
      const signedOn = day('2025-01-28', Math.floor(rand() * 480));
      const realEstate = rand() < 0.1;
      const contracted = rand() < 0.15 ? null : `${(1 + Math.floor(rand() * 50)) * 10_000_000}`;
      const [p] = await rowsOf<{ id: string }>(
        db,
        sql`insert into projects (code, name, region_id, industry_category, industry, investor_name, total_investment,
            contracted_investment, land_situation, stage, signing_type, signed_on, real_estate)
          values (${`C-${i}`}, ${`一致性项目${i}`}, ${i % 2 ? '411302' : '411381'}, 'industrial', '装备制造', ${`企业${i}`},
            ${`${(2 + (i % 9)) * 100_000_000}`}, ${contracted}, 'new_land', 'signed', ${i % 3 ? 'formal' : 'framework'}, ${signedOn}, ${realEstate})
          returning id`,
      );
      const id = p?.id ?? '';
      const reached: CohortProject['reached'] = {};
      let on = signedOn;
      for (const m of MILESTONES) {
        if (rand() < 0.35) break;
        on = day(on, 10 + Math.floor(rand() * 120));
        if (on > '2026-11-29') break;
        reached[m] = on;
        await db.execute(
          sql`insert into project_milestones (project_id, milestone, actual_on) values (${id}, ${m}, ${on})`,
        );
      }
      const reports: CohortProject['reports'][number][] = [];
      for (let k = 0; k < 14; k++) {
        const first = new Date(`${signedOn.slice(0, 7)}-01T00:00:00Z`);
        first.setUTCMonth(first.getUTCMonth() + k);
        const month = first.toISOString().slice(0, 7);
        if (month > '2026-11' || rand() < 0.3) continue;
        const domestic = rand() < 0.4 ? '0' : `${Math.floor(rand() * 5_000_000)}.${Math.floor(rand() * 99)}`;
        const usd = rand() < 0.8 ? '0' : `${Math.floor(rand() * 100_000)}.${Math.floor(rand() * 99)}`;
        reports.push({ month, domesticFen: yuanToFen(domestic), foreignUsdCents: yuanToFen(usd) });
        await db.execute(
          sql`insert into monthly_reports (project_id, region_id, month, funds_local, funds_foreign_usd, work_done, filed_by)
            values (${id}, ${i % 2 ? '411302' : '411381'}, ${`${month}-01`}, ${domestic}, ${usd}, '施工', ${user?.id ?? ''})`,
        );
      }
      facts.push({
        id,
        signedOn,
        reached,
        reports,
        contractedFen: contracted ? yuanToFen(contracted) : null,
        excluded: realEstate,
      });
    }
    await refreshAllSummaries(db);
  });
  afterAll(() => t.close());

  const cases: [string, string][] = [
    ['all', '2026-11-29'],
    ['2025', '2026-11-29'],
    ['2025', '2025-09-30'],
    ['2026-H1', '2026-04-15'],
    ['all', '2025-06-01'],
  ];
  for (const [cohort, asOf] of cases) {
    it(`cohort ${cohort} as of ${asOf}`, async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/rates?cohort=${cohort}&asOf=${asOf}`,
        headers: { cookie: admin },
      });
      expect(res.statusCode, res.body).toBe(200);
      const period = parseCohort(cohort) ?? { from: '', to: '' };
      const members = cohortOf(facts, period, asOf, DEFAULT_RATE_DEFINITIONS);
      const expected = computeRates(members, asOf, DEFAULT_RATE_DEFINITIONS).map((r) => ({
        key: r.key,
        numeratorCount: r.numeratorCount,
        denominatorCount: r.denominatorCount,
        numeratorAmount: r.numeratorFen === null ? null : fenToYuan(r.numeratorFen),
        denominatorAmount: r.denominatorFen === null ? null : fenToYuan(r.denominatorFen),
        percent: r.percent,
      }));
      const got = res.json<{ rates: Record<string, unknown>[] }>().rates.map(({ definition: _d, ...r }) => r);
      expect(got).toEqual(expected);
      for (const key of ['start', 'funding'] as const) {
        for (const side of ['numerator', 'denominator'] as const) {
          const drill = await t.app.inject({
            method: 'GET',
            url: `/api/rates/drill?cohort=${cohort}&asOf=${asOf}&rate=${key}&side=${side}&pageSize=200`,
            headers: { cookie: admin },
          });
          const ids = drill
            .json<{ items: { id: string }[] }>()
            .items.map((x) => x.id)
            .sort();
          expect(ids).toEqual(
            sideOf(members, key, side, asOf, DEFAULT_RATE_DEFINITIONS)
              .map((p) => p.id)
              .sort(),
          );
        }
      }
    });
  }
});
