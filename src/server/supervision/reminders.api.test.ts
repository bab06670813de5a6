import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness';
import { runReminders } from './reminders';

type Notes = { unread: number; items: { id: string; kind: string; body: string; link: string }[] };

/**
 * Reminders and escalation with a controllable clock. Item assigned Mon 15 Jun 2026 10:00 Shanghai
 * (02:00Z): deploy by 16 Jun (window to 16 Jun 16:00Z, 38 h): 50% at 15 Jun 21:00Z, 75% at 16 Jun
 * 06:30Z, breach at 16 Jun 16:00Z; escalation one level a day after.
 */
describe('reminders and escalation', () => {
  let t: TestApp;
  const notes = async (username: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/api/notifications',
        headers: { cookie: await t.login(username) },
      })
    ).json<Notes>();
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const ducha = await t.login('ducha');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/supervision/items',
      headers: { cookie: ducha },
      payload: {
        title: '环评批复未取得',
        description: '项目环评报告待审批',
        category: 'environment',
        source: 'meeting_decision',
        unit: { kind: 'department', id: 'zrzy' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(() => t.close());

  it('reminds the unit at 50% and 75% of a window, once each, however many servers run', async () => {
    at('2026-06-15T20:59:00.000Z');
    expect((await runReminders(t.database.db, t.clock.now, 'a')).sent).toBe(0);
    at('2026-06-15T21:00:00.000Z');
    // Two servers at once: the lease lets one scan; the reminder key would stop a second sender anyway.
    const [a, b] = await Promise.all([
      runReminders(t.database.db, t.clock.now, 'server-a'),
      runReminders(t.database.db, t.clock.now, 'server-b'),
    ]);
    expect(a.sent + b.sent).toBe(1);
    // Another holder after the lease expired finds nothing left to send.
    t.clock.advance(2 * 60_000);
    expect((await runReminders(t.database.db, t.clock.now, 'server-b')).sent).toBe(0);
    const first = await notes('zrzy');
    // The assignment itself, then the one reminder.
    expect(first.items.map((n) => n.kind)).toEqual(['reminder', 'assigned']);
    expect(first.items[0]?.body).toContain('时限已过半');
    expect(first.items[1]?.body).toContain('请签收');
    at('2026-06-16T06:30:00.000Z');
    expect((await runReminders(t.database.db, t.clock.now, 'server-a')).sent).toBe(1);
    expect((await notes('zrzy')).items[0]?.body).toContain('75%');
  });

  it('escalates a breach along the chain: unit, unit head, supervision office, leader — catching up after downtime', async () => {
    // The servers were down from 06:30Z on 16 Jun until 17 Jun 17:00Z: breach (100) and the first escalation fell due.
    at('2026-06-17T17:00:00.000Z');
    const r = await runReminders(t.database.db, t.clock.now, 'server-a');
    // deploy: 100 + 101 to the unit; report (window to 18 Jun 16:00Z) 75% falls due too.
    expect(r.sent).toBe(3);
    expect((await notes('ducha')).unread).toBe(0);
    at('2026-06-18T16:30:00.000Z');
    await runReminders(t.database.db, t.clock.now, 'server-a');
    expect((await notes('ducha')).items.map((n) => n.kind)).toContain('escalation');
    at('2026-06-19T16:30:00.000Z');
    await runReminders(t.database.db, t.clock.now, 'server-a');
    const leader = await notes('leader');
    expect(leader.items.some((n) => n.body.includes('报告分管领导'))).toBe(true);
  });

  it('lets a person read and clear notifications, their own only', async () => {
    const cookie = await t.login('zrzy');
    const mine = await notes('zrzy');
    const one = mine.items[0]?.id ?? '';
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${one}/read`,
      headers: { cookie },
    });
    expect(read.json<Notes>().unread).toBe(mine.unread - 1);
    const stranger = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${one}/read`,
      headers: { cookie: await t.login('leader') },
    });
    expect(stranger.statusCode).toBe(404);
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie },
    });
    expect(all.json<Notes>().unread).toBe(0);
  });
});
