// Fails when the Drizzle schema differs from the committed migrations (a schema change without
// a migration). Runs drizzle-kit generate; any file it would add is removed again and reported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const list = () => new Set(fs.readdirSync('drizzle', { recursive: true }).map(String));
const journal = () => fs.readFileSync('drizzle/meta/_journal.json', 'utf8');
const before = list();
const journalBefore = journal();
const run = spawnSync('npx', ['drizzle-kit', 'generate', '--name', 'pending_check'], { encoding: 'utf8' });
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
const added = [...list()].filter((f) => !before.has(f));
if (added.length === 0) {
  process.stdout.write('migrations: schema and committed migrations agree\n');
  process.exit(0);
}
for (const f of added) fs.rmSync(`drizzle/${f}`, { force: true });
fs.writeFileSync('drizzle/meta/_journal.json', journalBefore);
process.stderr.write(
  `migrations: the schema changed without a migration (drizzle-kit would add ${added.join(', ')}).\n` +
    'Run `npm run db:generate -- --name <what_changed>` and commit the result.\n',
);
process.exit(1);
