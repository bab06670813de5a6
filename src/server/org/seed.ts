import { count } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { departments, rankingGroupMembers, rankingGroups, regions } from '../db/schema/org';
import { NANYANG_DEPARTMENTS, NANYANG_RANKING_GROUPS, NANYANG_REGIONS } from './nanyang';

/** Loads the city's organisation when the database has none. Returns true when it loaded it. */
export async function seedOrganisation(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(regions);
  if ((row?.n ?? 0) > 0) return false;
  const city = NANYANG_REGIONS.find((r) => r.kind === 'city');
  await db.insert(regions).values(
    NANYANG_REGIONS.map((r, i) => ({
      ...r,
      parentId: r.kind === 'city' ? null : (city?.id ?? null),
      sortOrder: i,
    })),
  );
  await db.insert(departments).values(NANYANG_DEPARTMENTS.map((d, i) => ({ ...d, sortOrder: i })));
  await db.insert(rankingGroups).values([...NANYANG_RANKING_GROUPS]);
  await db.insert(rankingGroupMembers).values([
    ...NANYANG_REGIONS.filter((r) => ['district', 'county', 'county_city'].includes(r.kind)).map((r) => ({
      groupId: 'counties',
      memberId: r.id,
    })),
    ...NANYANG_REGIONS.filter((r) => r.kind === 'zone').map((r) => ({ groupId: 'zones', memberId: r.id })),
    ...NANYANG_DEPARTMENTS.map((d) => ({ groupId: 'departments', memberId: d.id })),
  ]);
  return true;
}
