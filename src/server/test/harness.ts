import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config/env';
import { openDatabase, type Database } from '../db/client';
import { DEMO_PASSWORD } from '../demo/accounts';
import { seedDemoAccounts } from '../demo/seed';
import { localFileStore } from '../files/store';
import type { App } from '../http/types';
import { seedOrganisation } from '../org/seed';

/** Which database the API suite runs on: PGlite by default, PostgreSQL when the vitest project says so. */
export const TEST_DB = process.env.TUIJIN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export type TestApp = {
  app: App;
  database: Database;
  config: Config;
  clock: { now: Date; advance(ms: number): void };
  /** Logs in a demo account and returns its cookie header. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
};

async function freshPostgres(): Promise<{ database: Database; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('TUIJIN_TEST_DB=postgres needs DATABASE_URL');
  const name = `tuijin_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    database,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A fresh, migrated, empty database of the kind the test project runs on. */
export async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (TEST_DB === 'postgres') return freshPostgres();
  return { database: await openDatabase({ kind: 'pglite-memory' }), drop: async () => {} };
}

/** Boots the real app on a fresh database (one per test file), with the organisation and demo accounts. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-test-'));
  const config = loadConfig({
    TUIJIN_DATA_DIR: dataDir,
    TUIJIN_LOG_LEVEL: 'silent',
    TUIJIN_WEB_DIR: path.join(dataDir, 'no-web'),
    ...overrides,
  });
  const { database, drop } = await freshDatabase();
  const clock = {
    now: new Date('2026-06-15T02:00:00Z'),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  await database.db.transaction(async (tx) => {
    await seedOrganisation(tx);
    await seedDemoAccounts(tx, clock.now);
  });
  const app = await buildApp({
    db: database.db,
    dbKind: database.kind,
    config,
    files: localFileStore(path.join(dataDir, 'files')),
    now: () => clock.now,
  });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return cookieOf(res);
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((k) => k.name === 'tuijin_sid');
  if (!c) throw new Error('no session cookie');
  return `tuijin_sid=${c.value}`;
}

/** A valid project body; override what a test is about. */
export function projectBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '宛城智能装备产业园项目',
    regionId: '411302',
    industryCategory: 'industrial',
    strategicEmerging: true,
    industry: '装备制造',
    investorName: '深圳华光智能装备有限公司',
    totalInvestment: '500000000',
    promotionMethods: ['chain'],
    brings: ['capital'],
    landSituation: 'new_land',
    ...overrides,
  };
}

/** A file as multipart field "file", the way the browser sends it: headers and payload for inject. */
export function multipart(bytes: Buffer, filename: string) {
  const boundary = 'tuijinboundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

/** Uploads a file to a project as multipart field "file", the way the browser does. */
export function uploadFile(app: App, cookie: string, projectId: string, bytes: Buffer, filename: string) {
  const m = multipart(bytes, filename);
  return app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/files`,
    headers: { cookie, ...m.headers },
    payload: m.payload,
  });
}
