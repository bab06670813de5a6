// `npm run bench:startup`: time from the start command to a ready server (health answering),
// on a new data folder (migrations + demo data) and on an existing one. Prints figures only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-startup-'));
const port = 3900 + Math.floor(Math.random() * 90);

async function timeStart(label) {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      TUIJIN_DATA_DIR: dataDir,
      PORT: String(port),
      TUIJIN_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - started;
  console.log(`${label.padEnd(40)} ${(ms / 1000).toFixed(2)} s`);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return ms;
}

await timeStart('first start (migrations + demo data)');
for (let i = 1; i <= 3; i++) await timeStart(`restart on the existing folder #${i}`);
fs.rmSync(dataDir, { recursive: true, force: true });
