import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Starts the real server on a data folder and resolves with its base URL once it is ready. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        TUIJIN_DATA_DIR: dataDir,
        PORT: '0',
        TUIJIN_LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/ready at (http:\/\/\S+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, base: m[1].replace('localhost', '127.0.0.1') });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Tuijin2021!' }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** kill -9 while writes are in flight, then a restart: every committed write is whole and audited. */
describe('crash during writes', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-crash-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('recovers with no partial project and an intact audit chain', { timeout: 240_000 }, async () => {
    const first = await startServer(dataDir);
    const cookie = await login(first.base, 'wancheng');
    const auditCreates = async (base: string) => {
      const auditor = await login(base, 'auditor');
      const res = await fetch(`${base}/api/audit?action=project.create&pageSize=1`, {
        headers: { cookie: auditor },
      });
      return ((await res.json()) as { total: number }).total;
    };
    const createsBefore = await auditCreates(first.base);
    let acknowledged = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${first.base}/api/projects`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({
              name: `崩溃测试项目-${w}-${i}`,
              regionId: '411302',
              industryCategory: 'industrial',
              industry: '装备制造',
              investorName: '测试企业',
              totalInvestment: '100000000',
              landSituation: 'new_land',
            }),
          });
          if (res.status === 201) acknowledged++;
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await new Promise((r) => setTimeout(r, 1500));
    first.child.kill('SIGKILL');
    stop = true;
    await writers;
    expect(acknowledged).toBeGreaterThan(0);

    const second = await startServer(dataDir);
    try {
      const officer = await login(second.base, 'wancheng');
      const list = await fetch(
        `${second.base}/api/projects?q=${encodeURIComponent('崩溃测试项目')}&pageSize=1`,
        {
          headers: { cookie: officer },
        },
      );
      const { total } = (await list.json()) as { total: number };
      // Every acknowledged write survived; at most the in-flight ones beyond it were committed.
      expect(total).toBeGreaterThanOrEqual(acknowledged);
      expect(total).toBeLessThanOrEqual(acknowledged + 4);
      const auditor = await login(second.base, 'auditor');
      const verify = await fetch(`${second.base}/api/audit/verify`, { headers: { cookie: auditor } });
      expect(await verify.json()).toMatchObject({ ok: true });
      // Each committed project has exactly its one audit event: the write and its event are atomic.
      expect((await auditCreates(second.base)) - createsBefore).toBe(total);
    } finally {
      second.child.kill('SIGTERM');
    }
  });
});
