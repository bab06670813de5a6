import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type Candidate = {
  id: string;
  score: number;
  reasons: string[];
  status: string;
  foundAt: string;
  project: { id: string; regionName: string };
  other: { id: string; regionName: string };
};

describe('duplicate claims (一炮数响)', () => {
  let t: TestApp;
  let admin: string;
  let wancheng: string;
  let dengzhou: string;
  const api = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await startTestApp();
    [admin, wancheng, dengzhou] = await Promise.all([
      t.login('admin'),
      t.login('wancheng'),
      t.login('dengzhou'),
    ]);
  });
  afterAll(() => t.close());

  it('flags the same investor claiming a similar project in another county, on create', async () => {
    const first = (
      await api(
        wancheng,
        'POST',
        '/api/projects',
        projectBody({ name: '智能装备产业园项目', investorName: '深圳华光智能装备有限公司' }),
      )
    ).json<{ id: string }>();
    const second = await api(
      dengzhou,
      'POST',
      '/api/projects',
      projectBody({
        name: '智能装备产业园二期项目',
        regionId: '411381',
        investorName: '深圳华光智能装备股份有限公司',
      }),
    );
    expect(second.json<{ openDuplicates: number }>().openDuplicates).toBe(1);
    const list = (await api(admin, 'GET', '/api/duplicates')).json<{ items: Candidate[] }>().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: 'open',
      foundAt: 'create',
      reasons: ['same_investor_name', 'similar_project_name'],
      project: { regionName: '邓州市' },
      other: { id: first.id, regionName: '宛城区' },
    });
    expect(list[0]?.score).toBeGreaterThanOrEqual(60);
    // Counties do not see candidates: they span regions.
    expect((await api(wancheng, 'GET', '/api/duplicates')).statusCode).toBe(403);
  });

  it('does not flag different investors or different projects', async () => {
    await api(
      wancheng,
      'POST',
      '/api/projects',
      projectBody({ name: '智能装备产业园项目', investorName: '另一家企业有限公司' }),
    );
    await api(
      wancheng,
      'POST',
      '/api/projects',
      projectBody({ name: '冷链物流园', investorName: '深圳华光智能装备有限公司' }),
    );
    expect((await api(admin, 'GET', '/api/duplicates')).json<{ items: Candidate[] }>().items).toHaveLength(1);
  });

  it('requires a reason to decide, audits the decision, and merges the later claim', async () => {
    const [c] = (await api(admin, 'GET', '/api/duplicates')).json<{ items: Candidate[] }>().items;
    const noReason = await api(admin, 'POST', `/api/duplicates/${c?.id}/decision`, {
      decision: 'same_project',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await api(dengzhou, 'POST', `/api/duplicates/${c?.id}/decision`, {
          decision: 'same_project',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const decided = await api(admin, 'POST', `/api/duplicates/${c?.id}/decision`, {
      decision: 'same_project',
      reason: '同一项目在两地重复申报，以宛城区为准',
    });
    expect(decided.json<Candidate>()).toMatchObject({ status: 'same_project' });
    const merged = (await api(admin, 'GET', `/api/projects/${c?.project.id}`)).json<{
      mergedIntoId: string;
      openDuplicates: number;
    }>();
    expect(merged).toMatchObject({ mergedIntoId: c?.other.id, openDuplicates: 0 });
    const again = await api(admin, 'POST', `/api/duplicates/${c?.id}/decision`, {
      decision: 'not_duplicate',
      reason: 'x',
    });
    expect(again.statusCode).toBe(400);
    const auditor = await t.login('auditor');
    const trail = (await api(auditor, 'GET', '/api/audit?action=duplicate.decide')).json<{
      items: { diff: { reason: string } }[];
    }>();
    expect(trail.items[0]?.diff.reason).toBe('同一项目在两地重复申报，以宛城区为准');
  });
});
