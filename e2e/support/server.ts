import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuilt } from '../../scripts/web-build';
import { buildApp } from '../../src/server/app';
import { boot } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config/env';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type E2eServer = { base: string; close(): Promise<void> };

/** The real server with the demo data on a fresh embedded database, serving the built web app. */
export async function startE2eServer(): Promise<E2eServer> {
  ensureWebBuilt(root);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-e2e-'));
  const config = loadConfig({
    TUIJIN_DATA_DIR: dataDir,
    TUIJIN_WEB_DIR: path.join(root, 'dist', 'web'),
    TUIJIN_LOG_LEVEL: 'silent',
  });
  const { database, files } = await boot(config);
  const app = await buildApp({
    db: database.db,
    dbKind: database.kind,
    config,
    files,
    now: () => new Date(),
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
