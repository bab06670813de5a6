import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TIMEOUT = 120_000;

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Server = {
  child: ChildProcess;
  pid: number;
  /** Resolves with the URL the server printed once ready; rejects if it exits first. */
  ready: Promise<string>;
  exited: Promise<Exit>;
  stderr(): string;
};
type Run = Exit & { stdout: string; stderr: string };

const started: ChildProcess[] = [];
const tmpDirs: string[] = [];

afterAll(() => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
  }
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-lock-'));
  tmpDirs.push(dir);
  return dir;
}

/** The environment of a child: an embedded database in `dataDir`, no demo data, whatever DATABASE_URL says. */
function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TUIJIN_DATA_DIR: dataDir,
    TUIJIN_DEMO: '0',
    PORT: '0',
    HOST: '127.0.0.1',
    TUIJIN_LOG_LEVEL: 'warn',
    TUIJIN_WEB_DIR: path.join(os.tmpdir(), 'tuijin-no-web'),
  };
  delete env.DATABASE_URL;
  return env;
}

function startServer(dataDir: string): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: childEnv(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  let err = '';
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    void exited.then(({ code }) =>
      reject(new Error(`server exited (${code}) before ready:\n${out}\n${err}`)),
    );
  });
  ready.catch(() => {}); // a test that expects the exit does not await readiness
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  if (!child.pid) throw new Error('spawn failed');
  return { child, pid: child.pid, ready, exited, stderr: () => err };
}

async function stop(server: Server): Promise<Exit> {
  server.child.kill('SIGTERM');
  return server.exited;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const auditVerifyCli = (dataDir: string) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], childEnv(dataDir));

async function health(url: string): Promise<unknown> {
  const res = await fetch(`${url}/api/health`);
  expect(res.status).toBe(200);
  return res.json();
}

/** A failed login of an unknown user: audited, so each one adds an event to the trail. */
async function failedLogin(url: string): Promise<void> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'intruder', password: 'Guess-1234' }),
  });
  expect(res.status).toBe(401);
}

const lockFile = (dataDir: string) => path.join(dataDir, 'tuijin.lock');
const lockHolder = (dataDir: string) =>
  (JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8')) as { pid: number }).pid;

describe('the data folder lock (real processes)', () => {
  it(
    'refuses a second server, takes over the lock of a killed one, and keeps the data intact',
    async () => {
      const dataDir = tmpDir();
      const first = startServer(dataDir);
      const firstUrl = await first.ready;
      expect(await health(firstUrl)).toMatchObject({ status: 'ok', database: 'pglite' });
      await failedLogin(firstUrl);
      expect(lockHolder(dataDir)).toBe(first.pid);

      const second = startServer(dataDir);
      const refused = await second.exited;
      expect(refused.code).toBe(1);
      expect(second.stderr()).toContain(`in use by process ${first.pid}`);
      await expect(second.ready).rejects.toThrow(/before ready/);
      // The holder is unaffected.
      expect(await health(firstUrl)).toMatchObject({ status: 'ok' });
      expect(lockHolder(dataDir)).toBe(first.pid);

      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(lockHolder(dataDir)).toBe(first.pid); // left behind, stale

      const third = startServer(dataDir);
      const thirdUrl = await third.ready;
      expect(lockHolder(dataDir)).toBe(third.pid);
      expect(await health(thirdUrl)).toMatchObject({ status: 'ok', database: 'pglite' });
      await failedLogin(thirdUrl);

      // The CLI does not open a folder a live server holds.
      const whileRunning = await auditVerifyCli(dataDir);
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.stderr).toContain(`in use by process ${third.pid}`);

      expect((await stop(third)).code).toBe(0);
      expect(fs.existsSync(lockFile(dataDir))).toBe(false);

      const verified = await run('npm', ['run', '--silent', 'audit:verify'], childEnv(dataDir));
      expect(verified.code, verified.stderr).toBe(0);
      // Both failed logins survived, the first one across the kill -9.
      expect(verified.stdout).toContain('audit trail intact: 2 events verified');
    },
    TIMEOUT,
  );
});

describe('npm run audit:verify', () => {
  it(
    'exits 0 on an intact trail and 2 naming the seq of an edited event',
    async () => {
      const dataDir = tmpDir();
      const server = startServer(dataDir);
      const url = await server.ready;
      for (let i = 0; i < 3; i++) await failedLogin(url);
      expect((await stop(server)).code).toBe(0);

      const intact = await auditVerifyCli(dataDir);
      expect(intact.code, intact.stderr).toBe(0);
      expect(intact.stdout).toContain('audit trail intact: 3 events verified');

      // An attacker with the database files: disable the guard trigger and edit event 2.
      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
        await database.db.execute(
          sql`UPDATE audit_events SET diff = '{"reason": "nothing to see"}'::jsonb WHERE seq = 2`,
        );
      } finally {
        await database.close();
      }
      expect(fs.existsSync(lockFile(dataDir))).toBe(false);

      const broken = await auditVerifyCli(dataDir);
      expect(broken.code, broken.stderr).toBe(2);
      expect(broken.stdout).toMatch(/BROKEN at event 2: content does not match its hash/);
      expect(broken.stdout).toContain('1 events before it verified');
    },
    TIMEOUT,
  );
});
