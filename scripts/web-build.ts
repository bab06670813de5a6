import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds the web app into `outDir` when the build is missing or older than its sources. */
export function ensureWebBuilt(root: string, outDir = path.join(root, 'dist', 'web')): void {
  const index = path.join(outDir, 'index.html');
  const sources = Math.max(
    newestMtime(path.join(root, 'src', 'web')),
    newestMtime(path.join(root, 'src', 'domain')),
    newestMtime(path.join(root, 'vite.config.ts')),
    newestMtime(path.join(root, 'package-lock.json')),
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  process.stdout.write('Building the web app (first start, or its sources changed)…\n');
  const vite = path.join(root, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web build failed; see above.');
}
