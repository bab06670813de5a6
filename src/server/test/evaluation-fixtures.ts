import { expect } from 'vitest';
import { projectBody, startTestApp, type TestApp } from './harness';

/**
 * A one-indicator method for tests: 签约项目数 worth 100 points on min-max, 红榜 1 and 表态发言 1,
 * with the units named in `leftOut` listed but not ranked (so a test ranks a few counties only).
 */
export function signedCountMethod(name: string, leftOut: readonly string[]) {
  return {
    name,
    totalPoints: '100',
    periodKind: 'quarter',
    indicators: [
      {
        key: 'count',
        name: '签约项目数',
        metric: 'signed_count',
        basis: 'level',
        direction: 'positive',
        points: '100',
        normalisation: { kind: 'min_max' },
        target: 'none',
      },
    ],
    rules: [],
    outcomes: { commend: 1, pledge: 1 },
    exclusions: { units: [...leftOut] },
  };
}

/** The transitions that take a new lead to signed on `date` (formal contract, start by 2026-12-01). */
export const signingSteps = (date: string, contractedInvestment: unknown) => [
  { to: 'negotiating', date: '2026-01-10' },
  { to: 'signed', date, signing: { signingType: 'formal', contractedInvestment, startBy: '2026-12-01' } },
];

export type Line = {
  unitId: string;
  total: string;
  rank: number;
  rankChange: number | null;
  outcome: string | null;
  indicators: { key: string; raw: string; target: string | null; points: string; fallback: string | null }[];
  rules: { key: string; points: string }[];
};
export type Result = { id: string; status: string; version: number; payload: { units: Line[] } };

/** The method most evaluation tests rank by: 签约额 60 against targets, 签约项目数 40, a ≥10亿 bonus. */
export const METHOD = {
  name: '南阳市测试考评办法',
  totalPoints: '100',
  periodKind: 'quarter',
  indicators: [
    {
      key: 'amount',
      name: '签约额',
      metric: 'signed_amount',
      basis: 'level',
      direction: 'positive',
      points: '60',
      normalisation: { kind: 'capped_ratio' },
      target: 'per_unit_time_proportional',
    },
    {
      key: 'count',
      name: '签约项目数',
      metric: 'signed_count',
      basis: 'level',
      direction: 'positive',
      points: '40',
      normalisation: { kind: 'efficacy', floor: '0.6' },
      target: 'none',
    },
  ],
  rules: [
    { key: 'big', name: '十亿元以上项目', kind: 'bonus', metric: 'projects_over_10yi', each: '5', cap: '10' },
  ],
  outcomes: { commend: 1, pledge: 1 },
};

/**
 * The app with the accounts logged in and three projects signed in 2026 — 宛城甲 (5亿, 04-28),
 * 宛城乙 (12亿, 05-28), 邓州丙 (3亿, 03-28) — and the helpers the evaluation tests share.
 */
export async function evaluationTestbed() {
  const t: TestApp = await startTestApp();
  const [admin, wancheng, dengzhou] = await Promise.all([
    t.login('admin'),
    t.login('wancheng'),
    t.login('dengzhou'),
  ]);
  const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  /** A new project taken to signed on `date` through the lifecycle API. */
  const sign = async (who: string, over: Record<string, unknown>, date: string) => {
    const p = (await api(who, 'POST', '/api/projects', projectBody(over))).json<{
      id: string;
      version: number;
    }>();
    let version = p.version;
    for (const body of signingSteps(date, over.totalInvestment)) {
      const res = await api(who, 'POST', `/api/projects/${p.id}/transitions`, { version, ...body });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    return p.id;
  };
  const line = (r: Result, unitId: string) => r.payload.units.find((u) => u.unitId === unitId) as Line;
  await sign(wancheng, { name: '宛城甲项目', totalInvestment: '500000000' }, '2026-04-28');
  await sign(
    wancheng,
    { name: '宛城乙项目', investorName: '上海乙科技有限公司', totalInvestment: '1200000000' },
    '2026-05-28',
  );
  await sign(
    dengzhou,
    {
      name: '邓州丙项目',
      regionId: '411381',
      investorName: '广州丙实业有限公司',
      totalInvestment: '300000000',
    },
    '2026-03-28',
  );
  return { t, admin, wancheng, dengzhou, api, sign, line };
}
export type Testbed = Awaited<ReturnType<typeof evaluationTestbed>>;
