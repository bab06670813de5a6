// `npm start`: builds the web app when its sources are newer than the build, then runs the
// server in this same process (one process to stop; no child left behind).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

const webIndex = path.join(process.env.TUIJIN_WEB_DIR ?? 'dist/web', 'index.html');
const sources = Math.max(
  newestMtime('src/web'),
  newestMtime('src/domain'),
  newestMtime('vite.config.ts'),
  newestMtime('package-lock.json'),
);
if (!process.env.TUIJIN_WEB_DIR && (!fs.existsSync(webIndex) || fs.statSync(webIndex).mtimeMs < sources)) {
  process.stdout.write('Building the web app (first start, or its sources changed)…\n');
  const vite = path.join(root, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('The web build failed; see above.\n');
    process.exit(result.status ?? 1);
  }
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/server/main.ts');
