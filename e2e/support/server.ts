import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuilt } from '../../scripts/web-build';
import { buildApp } from '../../src/server/app';
import { boot } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config/env';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The server's time is real time plus `offsetMs`, which a test may move forward: the 13710 clock
 * counts days, so a flow that must see an item turn yellow advances the server's own "now" (as the
 * API tests' clock does) — nothing is backdated and no setting is bent.
 */
export type E2eServer = { base: string; clock: { offsetMs: number }; close(): Promise<void> };

/** The real server with the demo data on a fresh embedded database, serving the built web app. */
export async function startE2eServer(): Promise<E2eServer> {
  ensureWebBuilt(root);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-e2e-'));
  const config = loadConfig({
    TUIJIN_DATA_DIR: dataDir,
    TUIJIN_WEB_DIR: path.join(root, 'dist', 'web'),
    TUIJIN_LOG_LEVEL: 'silent',
  });
  const clock = { offsetMs: 0 };
  const { database, files } = await boot(config);
  const app = await buildApp({
    db: database.db,
    dbKind: database.kind,
    config,
    files,
    now: () => new Date(Date.now() + clock.offsetMs),
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    clock,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
