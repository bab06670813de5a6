// `npm start`: builds the web app when its sources are newer than the build, then runs the
// server in this same process (one process to stop; no child left behind).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const { register } = await import('tsx/esm/api');
register();
if (!process.env.TUIJIN_WEB_DIR) {
  const { ensureWebBuilt } = await import('./web-build.ts');
  try {
    ensureWebBuilt(root);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
await import('../src/server/main.ts');
