import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderPng } from '../demo/png';
import { projectBody, startTestApp, uploadFile, type TestApp } from '../test/harness';

type Detail = { id: string; version: number; stage: string };
type Reports = {
  reports: {
    month: string;
    fundsDomestic: string;
    cumulativeDomestic: string;
    version: number;
    late: boolean;
    correctionReason: string | null;
    photos: { id: string }[];
  }[];
  months: { month: string; status: string; filed: boolean }[];
  totalDomestic: string;
};
type Rate = {
  key: string;
  numeratorCount: number;
  denominatorCount: number;
  percent: string | null;
  numeratorAmount: string | null;
};

/** Delivery: milestones, monthly reports (filing, locking, corrections), evidence, teams, rates, scope. Today is 2026-06-15. */
describe('project delivery', () => {
  let t: TestApp;
  let wancheng: string;
  let admin: string;
  let dengzhou: string;
  let p: Detail;
  let q: Detail;

  const api = (method: 'GET' | 'PUT' | 'POST', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const count = async (table: string) =>
    Number((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]?.n);
  const move = async (d: Detail, body: Record<string, unknown>, cookie = wancheng) => {
    const res = await api('POST', `/api/projects/${d.id}/transitions`, cookie, {
      version: d.version,
      ...body,
    });
    return res;
  };
  const signed = async (overrides: Record<string, unknown>, signedOn: string, startBy: string) => {
    const created = await api('POST', '/api/projects', wancheng, projectBody(overrides));
    expect(created.statusCode, created.body).toBe(201);
    let d = created.json<Detail>();
    d = (await move(d, { to: 'negotiating', date: '2025-12-01' })).json<Detail>();
    const res = await move(d, {
      to: 'signed',
      date: signedOn,
      signing: {
        signingType: 'formal',
        contractedInvestment: '400000000',
        registerBy: '2026-03-01',
        startBy,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Detail>();
  };
  const report = (id: string, month: string, body: Record<string, unknown>, cookie = wancheng) =>
    api('PUT', `/api/projects/${id}/reports/${month}`, cookie, { workDone: '土方开挖完成', ...body });

  beforeAll(async () => {
    t = await startTestApp();
    wancheng = await t.login('wancheng');
    admin = await t.login('admin');
    dengzhou = await t.login('dengzhou');
    p = await signed({ name: '宛城智能装备产业园项目' }, '2026-01-28', '2026-05-01');
    q = await signed(
      { name: '宛城新材料项目', investorName: '上海新材科技有限公司', landSituation: 'standard_factory' },
      '2026-02-28',
      '2026-09-30',
    );
  });
  afterAll(() => t.close());

  it('refuses an actual date before the signing, naming the field and the signing day', async () => {
    const res = await move(p, { to: 'registered', date: '2026-01-10' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'DATE_BEFORE_SIGNING', details: [{ path: 'body.date' }] },
    });
  });

  it('plans milestones from the contract, flags the overdue start and lets a plan be revised with a reason', async () => {
    const res = await move(p, { to: 'registered', date: '2026-02-10' });
    expect(res.statusCode, res.body).toBe(200);
    p = res.json<Detail>();
    let m = (await api('GET', `/api/projects/${p.id}/milestones`, wancheng)).json<{
      milestones: {
        milestone: string;
        contractOn: string | null;
        plannedOn: string | null;
        actualOn: string | null;
        overdue: boolean;
        daysLate: number;
      }[];
    }>();
    const by = (k: string) => m.milestones.find((x) => x.milestone === k);
    expect(by('registered')).toMatchObject({
      contractOn: '2026-03-01',
      actualOn: '2026-02-10',
      overdue: false,
    });
    expect(by('started')).toMatchObject({
      contractOn: '2026-05-01',
      plannedOn: '2026-05-01',
      overdue: true,
      daysLate: 45,
    });
    const overview = (await api('GET', '/api/delivery/overview', wancheng)).json<{
      overdue: { projectId: string; milestone: string; daysLate: number }[];
    }>();
    // q (signed 02-28, register by 03-01) is 106 days late registering; p is 45 days late starting.
    expect(overview.overdue.map((o) => [o.projectId, o.milestone, o.daysLate])).toEqual([
      [q.id, 'registered', 106],
      [p.id, 'started', 45],
    ]);

    const noReason = await api('PUT', `/api/projects/${p.id}/milestones/started/plan`, wancheng, {
      plannedOn: '2026-08-01',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const early = await api('PUT', `/api/projects/${p.id}/milestones/started/plan`, wancheng, {
      plannedOn: '2026-01-01',
      reason: '调整',
    });
    expect(early.json()).toMatchObject({ error: { code: 'DATE_BEFORE_SIGNING' } });
    const ok = await api('PUT', `/api/projects/${p.id}/milestones/started/plan`, wancheng, {
      plannedOn: '2026-08-01',
      reason: '环评批复推迟',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    m = ok.json();
    expect(by('started')).toMatchObject({
      contractOn: '2026-05-01',
      plannedOn: '2026-08-01',
      overdue: false,
    });
    expect(ok.json()).toMatchObject({
      planChanges: [
        { milestone: 'started', fromOn: '2026-05-01', toOn: '2026-08-01', reason: '环评批复推迟' },
      ],
    });
  });

  it('files a monthly report and derives the cumulative funds', async () => {
    const photo = await uploadFile(t.app, wancheng, p.id, placeholderPng(64, 48, [20, 120, 60]), '现场.png');
    expect(photo.statusCode).toBe(201);
    const res = await report(p.id, '2026-06', {
      fundsOutOfProvince: '30000000',
      fundsLocal: '5000000.5',
      photoFileIds: [photo.json<{ id: string }>().id],
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<Reports>();
    expect(r.reports[0]).toMatchObject({
      month: '2026-06',
      fundsDomestic: '35000000.50',
      cumulativeDomestic: '35000000.50',
      late: false,
    });
    expect(r.reports[0]?.photos).toHaveLength(1);
    expect(r.months.slice(0, 2)).toEqual([
      expect.objectContaining({ month: '2026-06', status: 'open', filed: true }),
      expect.objectContaining({ month: '2026-05', status: 'locked', filed: false }),
    ]);
    const thumb = await api(
      'GET',
      `/api/projects/${p.id}/files/${photo.json<{ id: string }>().id}/thumbnail`,
      wancheng,
    );
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.rawPayload.subarray(8, 12).toString('latin1')).toBe('WEBP');
  });

  it('refuses bad reports with a clear error and writes nothing', async () => {
    const before = [await count('monthly_reports'), await count('audit_events')];
    const cases: [Record<string, unknown>, string, number, string][] = [
      [{}, '2026-07', 422, 'REPORT_MONTH_FUTURE'],
      [{}, '2025-12', 422, 'REPORT_MONTH_BEFORE_SIGNING'],
      [{}, '2026-05', 423, 'REPORT_MONTH_LOCKED'],
      [{ fundsLocal: '-5' }, '2026-06', 400, 'VALIDATION_FAILED'],
      [{ fundsLocal: '2000000000' }, '2026-06', 422, 'FUNDS_NEED_CONFIRMATION'],
    ];
    for (const [body, month, status, code] of cases) {
      const res = await report(q.id, month, body);
      expect(res.statusCode, `${month} ${JSON.stringify(body)}: ${res.body}`).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    const doc = await uploadFile(t.app, wancheng, q.id, Buffer.from('%PDF-1.4 minimal'), '合同.pdf');
    const pdfAsPhoto = await report(q.id, '2026-06', { photoFileIds: [doc.json<{ id: string }>().id] });
    expect(pdfAsPhoto.json()).toMatchObject({
      error: { code: 'EVIDENCE_INVALID', details: [{ path: 'body.photoFileIds' }] },
    });
    const wrongType = await uploadFile(t.app, wancheng, q.id, Buffer.from('MZ not a photo'), 'virus.exe');
    expect(wrongType.statusCode).toBe(415);
    const tooBig = await uploadFile(t.app, wancheng, q.id, Buffer.alloc(21 * 1024 * 1024, 1), 'big.png');
    expect(tooBig.statusCode).toBe(413);
    const brokenImage = await uploadFile(
      t.app,
      wancheng,
      q.id,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      'broken.png',
    );
    expect(brokenImage.statusCode).toBe(422);
    // The PDF upload itself was written (and audited); nothing else was.
    expect([await count('monthly_reports'), await count('audit_events')]).toEqual([
      before[0],
      (before[1] ?? 0) + 1,
    ]);
  });

  it('takes implausible funds once confirmed, and a conflicting edit answers 409', async () => {
    const res = await report(q.id, '2026-06', { fundsLocal: '2000000000', confirmLargeFunds: true });
    expect(res.statusCode, res.body).toBe(200);
    const stale = await report(q.id, '2026-06', { fundsLocal: '1', version: 7 });
    expect(stale.statusCode).toBe(409);
    const fix = await report(q.id, '2026-06', { fundsLocal: '20000000', version: 1 });
    expect(fix.statusCode, fix.body).toBe(200);
    expect(fix.json<Reports>().reports[0]).toMatchObject({ fundsDomestic: '20000000.00', version: 2 });
  });

  it('lets only a city administrator correct a closed month, with a reason, audited', async () => {
    const noReason = await report(p.id, '2026-05', { fundsInProvince: '10000000' }, admin);
    expect(noReason.json()).toMatchObject({
      error: { code: 'REASON_REQUIRED', details: [{ path: 'body.correctionReason' }] },
    });
    const ok = await report(
      p.id,
      '2026-05',
      { fundsInProvince: '10000000', correctionReason: '县区漏报，补录' },
      admin,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const r = ok.json<Reports>();
    expect(r.reports.map((x) => [x.month, x.cumulativeDomestic])).toEqual([
      ['2026-06', '45000000.50'],
      ['2026-05', '10000000.00'],
    ]);
    expect(r.reports[1]).toMatchObject({ late: true, correctionReason: '县区漏报，补录' });
    const auditor = await t.login('auditor');
    const audit = (await api('GET', '/api/audit?action=report.correct', auditor)).json<{
      items: { diff: { reason: string } }[];
    }>();
    expect(audit.items[0]?.diff.reason).toBe('县区漏报，补录');
  });

  it('lists the missing reports of a month per county', async () => {
    const res = await api('GET', '/api/reports/missing?month=2026-04', admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      month: '2026-04',
      dueOn: '2026-05-05',
      byRegion: [{ regionId: '411302', required: 2, missing: 2 }],
    });
    const june = (await api('GET', '/api/reports/missing?month=2026-06', admin)).json<{
      projects: unknown[];
    }>();
    expect(june.projects).toHaveLength(0);
  });

  it('computes the rates of the cohort as of a date and drills down to the projects', async () => {
    // q starts (standard factory: no land step) on 2026-06-01 — with an on-site photo.
    q = (await api('GET', `/api/projects/${q.id}`, wancheng)).json<Detail>();
    q = (await move(q, { to: 'registered', date: '2026-03-05' })).json<Detail>();
    const photo = (
      await uploadFile(t.app, wancheng, q.id, placeholderPng(32, 32, [1, 2, 3]), '开工.png')
    ).json<{ id: string }>();
    const started = await move(q, { to: 'started', date: '2026-06-01', evidenceFileIds: [photo.id] });
    expect(started.statusCode, started.body).toBe(200);

    const rates = async (query: string) =>
      Object.fromEntries(
        (await api('GET', `/api/rates?${query}`, admin))
          .json<{ rates: Rate[] }>()
          .rates.map((r) => [r.key, r]),
      );
    const now = await rates('cohort=2026');
    expect(now.performance).toMatchObject({ numeratorCount: 2, denominatorCount: 2, percent: '100.00' });
    expect(now.start).toMatchObject({ numeratorCount: 1, denominatorCount: 2, percent: '50.00' });
    // 4500.00005万 + 2000万 arrived of 8亿 contracted.
    expect(now.funding).toMatchObject({ numeratorAmount: '65000000.50', percent: '8.13' });
    const may = await rates('cohort=2026&asOf=2026-05-31');
    expect(may.start).toMatchObject({ numeratorCount: 0, denominatorCount: 2 });
    expect(may.funding).toMatchObject({ numeratorAmount: '10000000.00' });
    const feb = await rates('cohort=2026&asOf=2026-02-15');
    expect(feb.landing).toMatchObject({ numeratorCount: 1, denominatorCount: 1 });

    const drill = await api('GET', '/api/rates/drill?cohort=2026&rate=start&side=numerator', admin);
    expect(drill.json()).toMatchObject({ total: 1, items: [{ id: q.id, startedOn: '2026-06-01' }] });
    const den = (await api('GET', '/api/rates/drill?cohort=2026&rate=start&side=denominator', admin)).json<{
      total: number;
    }>();
    expect(den.total).toBe(2);
    const bad = await api('GET', '/api/rates?cohort=2026-13', admin);
    expect(bad.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'querystring.cohort' }] },
    });
  });

  it('keeps another county out of the reports, the team and the rates', async () => {
    expect((await report(p.id, '2026-06', {}, dengzhou)).statusCode).toBe(404);
    expect((await api('GET', `/api/projects/${p.id}/reports`, dengzhou)).statusCode).toBe(404);
    const byRegion = (await api('GET', '/api/rates/by-region?cohort=2026', dengzhou)).json<{
      rows: { regionId: string }[];
      total: Rate[];
    }>();
    expect(byRegion.rows.map((r) => r.regionId)).toEqual(['411381']);
    expect(byRegion.total.find((r) => r.key === 'performance')?.denominatorCount).toBe(0);
    const cityWide = (await api('GET', '/api/rates?cohort=2026&region=411302', dengzhou)).json<{
      rates: Rate[];
    }>();
    expect(cityWide.rates[0]?.denominatorCount).toBe(0);
  });

  it('sets a work team and shows its projects to the people on it', async () => {
    const users = (await api('GET', '/api/delivery/people', admin)).json<{
      items: { id: string; username: string }[];
    }>().items;
    const id = (u: string) => users.find((x) => x.username === u)?.id;
    const notLeader = await api('PUT', `/api/projects/${p.id}/team`, wancheng, {
      leaderId: id('zrzy'),
      leadUnit: { kind: 'region', id: '411302' },
    });
    expect(notLeader.json()).toMatchObject({
      error: { details: [{ path: 'body.leaderId', code: 'not_a_leader' }] },
    });
    const ok = await api('PUT', `/api/projects/${p.id}/team`, wancheng, {
      leaderId: id('leader'),
      leadUnit: { kind: 'department', id: 'zrzy' },
      members: [{ userId: id('zrzy'), duty: '用地报批' }, { userId: id('wancheng') }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      team: {
        leader: { displayName: '分管副市长' },
        leadUnit: { kind: 'department', name: '市自然资源和规划局' },
        version: 1,
      },
    });
    const mine = (await api('GET', '/api/delivery/mine', await t.login('zrzy'))).json<{
      items: { id: string; role: string; duty: string }[];
    }>();
    expect(mine.items).toEqual([expect.objectContaining({ id: p.id, role: 'member', duty: '用地报批' })]);
    const led = (await api('GET', '/api/delivery/mine', await t.login('leader'))).json<{
      items: { role: string }[];
    }>();
    expect(led.items.map((x) => x.role)).toEqual(['leader']);
  });

  it('records 入统 and 入规 with their dates, refusing a date before the signing', async () => {
    const d = (await api('GET', `/api/projects/${p.id}`, wancheng)).json<Detail>();
    const early = await api('PUT', `/api/projects/${p.id}/flags`, wancheng, {
      statsEnteredOn: '2025-01-01',
      aboveScaleOn: null,
      version: d.version,
    });
    expect(early.json()).toMatchObject({ error: { details: [{ path: 'body.statsEnteredOn' }] } });
    const ok = await api('PUT', `/api/projects/${p.id}/flags`, wancheng, {
      statsEnteredOn: '2026-06-01',
      aboveScaleOn: null,
      version: d.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ statsEnteredOn: '2026-06-01', aboveScaleOn: null });
    const files = (await api('GET', `/api/projects/${p.id}/files`, wancheng)).json<{
      items: { hasThumbnail: boolean }[];
    }>();
    expect(files.items.some((f) => f.hasThumbnail)).toBe(true);
  });

  it('shows a project’s readers its change history, including its reports and files', async () => {
    const res = await api('GET', `/api/projects/${p.id}/history`, wancheng);
    expect(res.statusCode, res.body).toBe(200);
    const actions = res.json<{ items: { action: string }[] }>().items.map((i) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'project.create',
        'project.transition',
        'milestone.plan',
        'file.upload',
        'report.file',
        'report.correct',
        'team.create',
      ]),
    );
    expect((await api('GET', `/api/projects/${p.id}/history`, dengzhou)).statusCode).toBe(404);
  });
});
