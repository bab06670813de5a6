import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../db/client';

/** The committed migrations up to (and with) the one tagged `last`, in a folder of their own. */
function migrationsUpTo(last: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-migrations-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const end = journal.entries.findIndex((e) => e.tag === last);
  if (end < 0) throw new Error(`no migration ${last}`);
  journal.entries = journal.entries.slice(0, end + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('migration 0011: evidence moves out of the result payload', () => {
  it('moves each figure’s records beside the result and leaves their count in the line', async () => {
    const client = await PGlite.create();
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: migrationsUpTo('0010_inspections') });
    await client.exec(`
      insert into users (id, username, display_name, password_hash, role)
        values ('00000000-0000-4000-8000-000000000001', 'm', 'm', 'x', 'city_admin');
      insert into ranking_groups (id, name, kind) values ('g', '县区', 'counties');
      insert into evaluation_methods (id, family, version, valid_from, body, created_by)
        values ('00000000-0000-4000-8000-000000000002', 'f', 1, '2026-01-01', '{}', '00000000-0000-4000-8000-000000000001');
      insert into evaluation_results (id, method_id, period, group_id, payload, computed_at, computed_by)
        values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', '2026Q1', 'g',
          '{"period": "2026Q1", "units": [
             {"unitId": "A", "total": "90", "indicators": [{"key": "amount", "points": "30", "evidence": ["p1", "p2"]},
                                                         {"key": "count", "points": "10", "evidence": []}],
              "rules": [{"key": "missing", "points": "-1", "evidence": ["p3:2026-01"]}]},
             {"unitId": "B", "total": "80", "indicators": [{"key": "amount", "points": "20", "evidence": ["p4"]},
                                                         {"key": "count", "points": "5", "evidence": []}],
              "rules": []}]}',
          now(), '00000000-0000-4000-8000-000000000001');
    `);
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const evidence = await client.query<{ unit_id: string; figure: string; record_ids: string[] }>(
      'select unit_id, figure, record_ids from evaluation_evidence order by unit_id, figure',
    );
    expect(evidence.rows).toEqual([
      { unit_id: 'A', figure: 'i:amount', record_ids: ['p1', 'p2'] },
      { unit_id: 'A', figure: 'r:missing', record_ids: ['p3:2026-01'] },
      { unit_id: 'B', figure: 'i:amount', record_ids: ['p4'] },
    ]);
    const [row] = (await client.query<{ payload: unknown }>('select payload from evaluation_results')).rows;
    expect(row?.payload).toEqual({
      period: '2026Q1',
      units: [
        {
          unitId: 'A',
          total: '90',
          indicators: [
            { key: 'amount', points: '30', evidenceCount: 2 },
            { key: 'count', points: '10', evidenceCount: 0 },
          ],
          rules: [{ key: 'missing', points: '-1', evidenceCount: 1 }],
        },
        {
          unitId: 'B',
          total: '80',
          indicators: [
            { key: 'amount', points: '20', evidenceCount: 1 },
            { key: 'count', points: '5', evidenceCount: 0 },
          ],
          rules: [],
        },
      ],
    });
    await client.close();
  });
});
