import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedCountMethod, signingSteps } from '../test/evaluation-fixtures';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Award = {
  id: string;
  unitId: string;
  kind: string;
  title: string;
  amount: string | null;
  basisRank: number | null;
  revokedAt: string | null;
};
type Overview = {
  periods: { period: string }[];
  inspections: { name: string }[];
  annual: { resultId: string } | null;
  units: {
    unitId: string;
    periods: { period: string; line: { rank: number } | null }[];
    inspections: { score: string | null }[];
    annual: { total: string; rank: number; outcome: string | null } | null;
    awards: Award[];
  }[];
  proposals: { unitId: string; kind: string; rank: number }[];
};

/**
 * 年终总评奖惩 on three ranked counties (the method's exclusion rules leave the others out):
 * 宛城 signs two projects, 邓州 one, 卧龙 none. 2026Q2 and the year 2026 are published; the
 * outcomes call for a reward (宛城, first) and a penalty (卧龙, last).
 */
describe('year-end overall evaluation: ranks through the year, awards, the briefing', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let resultId = '';
  const api = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const overview = async (who: string) => {
    const res = await api(who, 'GET', '/api/evaluations/year-end?year=2026&group=counties');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Overview>();
  };
  const sign = async (who: string, over: Record<string, unknown>) => {
    const p = (await api(who, 'POST', '/api/projects', projectBody(over))).json<{
      id: string;
      version: number;
    }>();
    let version = p.version;
    for (const body of signingSteps('2026-04-28', over.totalInvestment)) {
      const res = await api(who, 'POST', `/api/projects/${p.id}/transitions`, { version, ...body });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
  };
  const publish = async (period: string) => {
    const res = await api(admin, 'POST', '/api/evaluations/results/compute', { period, groupId: 'counties' });
    expect(res.statusCode, res.body).toBe(200);
    const pub = await api(admin, 'POST', `/api/evaluations/results/${res.json().id}/publish`, {});
    expect(pub.statusCode, pub.body).toBe(200);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, wancheng] = await Promise.all([t.login('admin'), t.login('wancheng')]);
    const dengzhou = await t.login('dengzhou');
    const groups = (await api(admin, 'GET', '/api/ranking-groups')).json<{
      items: { id: string; memberIds: string[] }[];
    }>();
    const ranked = ['411302', '411381', '411303'];
    const others =
      groups.items.find((g) => g.id === 'counties')?.memberIds.filter((id) => !ranked.includes(id)) ?? [];
    const m = await api(admin, 'POST', '/api/evaluations/methods', {
      family: 'year-end-test',
      validFrom: '2026-01-01',
      groupIds: ['counties'],
      body: signedCountMethod('南阳市招商引资考评办法', others),
    });
    expect(m.statusCode, m.body).toBe(201);
    await api(admin, 'POST', `/api/evaluations/methods/${m.json().id}/publish`);
    await sign(wancheng, { name: '宛城甲项目', totalInvestment: '500000000' });
    await sign(wancheng, {
      name: '宛城乙项目',
      investorName: '上海乙科技有限公司',
      totalInvestment: '600000000',
    });
    await sign(dengzhou, {
      name: '邓州丙项目',
      regionId: '411381',
      investorName: '广州丙实业有限公司',
      totalInvestment: '300000000',
    });
    await publish('2026Q2');
    resultId = await publish('2026');
  });
  afterAll(() => t.close());

  it('shows each unit’s ranks through the year and proposes the awards the outcomes call for', async () => {
    const o = await overview(wancheng);
    expect(o.periods.map((p) => p.period)).toEqual(['2026Q2']);
    expect(o.annual?.resultId).toBe(resultId);
    // min-max over 2, 1, 0 signings: 100, 50, 0.
    expect(
      o.units.slice(0, 3).map((u) => [u.unitId, u.annual?.total, u.annual?.rank, u.annual?.outcome]),
    ).toEqual([
      ['411302', '100.00', 1, 'commended'],
      ['411381', '50.00', 2, null],
      ['411303', '0.00', 3, 'pledge'],
    ]);
    expect(o.units[0]?.periods).toEqual([
      { period: '2026Q2', line: { total: '100.00', rank: 1, outcome: 'commended' } },
    ]);
    // A unit left out of the ranking is listed without a line.
    expect(o.units.at(-1)?.annual).toBeNull();
    expect(o.proposals).toEqual([
      { unitId: '411302', unitName: '宛城区', kind: 'reward', rank: 1, outcome: 'commended' },
      { unitId: '411303', unitName: '卧龙区', kind: 'penalty', rank: 3, outcome: 'pledge' },
    ]);
  });

  it('records the awards from the result once, with amounts in 元; refuses bad input naming the field', async () => {
    const bad = await api(admin, 'POST', '/api/evaluations/awards', {
      year: 2026,
      groupId: 'counties',
      unitId: '999999',
      kind: 'reward',
      title: '先进单位',
      decidedOn: '2026-12-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: 'body.unitId', code: 'not_in_group' });
    const money = await api(admin, 'POST', '/api/evaluations/awards', {
      year: 2026,
      groupId: 'counties',
      unitId: '411302',
      kind: 'reward',
      title: '先进单位',
      amount: '12.345',
      decidedOn: '2026-12-30',
    });
    expect(money.statusCode).toBe(400);
    expect(money.json().error.details[0].path).toBe('body.amount');
    expect((await api(wancheng, 'POST', `/api/evaluations/awards/from-result`, {})).statusCode).toBe(403);

    const decision = {
      resultId,
      reward: { title: '招商引资工作先进单位', amount: '500000' },
      penalty: { title: '通报批评并约谈' },
      documentNo: '宛招组〔2026〕9号',
      decidedOn: '2026-12-30',
    };
    const made = await api(admin, 'POST', '/api/evaluations/awards/from-result', decision);
    expect(made.statusCode, made.body).toBe(200);
    expect(
      made
        .json<{ created: Award[] }>()
        .created.map((a) => [a.unitId, a.kind, a.title, a.amount, a.basisRank]),
    ).toEqual([
      ['411302', 'reward', '招商引资工作先进单位', '500000.00', 1],
      ['411303', 'penalty', '通报批评并约谈', null, 3],
    ]);
    const again = (await api(admin, 'POST', '/api/evaluations/awards/from-result', decision)).json();
    expect(again).toEqual({
      created: [],
      skipped: [
        { unitId: '411302', kind: 'reward' },
        { unitId: '411303', kind: 'penalty' },
      ],
    });
    const o = await overview(wancheng);
    expect(o.proposals).toEqual([]);
    expect(o.units[0]?.awards.map((a) => a.title)).toEqual(['招商引资工作先进单位']);
    const audit = await api(await t.login('auditor'), 'GET', '/api/audit?action=evaluation.award');
    expect(audit.json().total).toBe(2);
  });

  it('revokes with a reason, keeping the record; the penalty is proposed again', async () => {
    const o = await overview(admin);
    const penalty = o.units.find((u) => u.unitId === '411303')?.awards[0] as Award;
    const res = await api(admin, 'POST', `/api/evaluations/awards/${penalty.id}/revoke`, {
      reason: '复核后撤销',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ revokeReason: '复核后撤销' });
    expect(
      (await api(admin, 'POST', `/api/evaluations/awards/${penalty.id}/revoke`, { reason: 'x' })).statusCode,
    ).toBe(409);
    const after = await overview(admin);
    expect(after.units.find((u) => u.unitId === '411303')?.awards[0]?.revokedAt).not.toBeNull();
    expect(after.proposals.map((p) => [p.unitId, p.kind])).toEqual([['411303', 'penalty']]);
  });

  it('prints the year-end briefing with the ranking and the awards in 万元', async () => {
    const res = await api(wancheng, 'GET', '/api/briefings/year-end.docx?year=2026&group=counties');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('关于2026年度全市招商引资工作考评结果及奖惩情况的通报.docx'),
    );
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('第二季度名次');
    expect(text).toContain('宛城区：招商引资工作先进单位，奖励资金50.00万元（宛招组〔2026〕9号）。');
    // The revoked penalty is not announced.
    expect(text).toContain('本年度无惩戒事项。');
    const none = await api(admin, 'GET', '/api/briefings/year-end.docx?year=2025&group=counties');
    expect(none.statusCode).toBe(404);
  });
});
