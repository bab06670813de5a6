import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { RANKING_GROUP_KINDS, REGION_KINDS } from '../../domain/org/roles';
import { departments, rankingGroupMembers, rankingGroups, regions } from '../db/schema/org';
import type { App } from '../http/types';

export function registerOrgRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/regions',
    {
      config: { policy: 'org.read' },
      schema: {
        tags: ['organisation'],
        summary: 'The region tree: the city, its county-level units and functional zones',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                kind: z.enum(REGION_KINDS),
                parentId: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: await db
        .select({ id: regions.id, name: regions.name, kind: regions.kind, parentId: regions.parentId })
        .from(regions)
        .orderBy(asc(regions.sortOrder), asc(regions.id)),
    }),
  );

  app.get(
    '/api/departments',
    {
      config: { policy: 'org.read' },
      schema: {
        tags: ['organisation'],
        summary: 'Departments (责任单位)',
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async () => ({
      items: await db
        .select({ id: departments.id, name: departments.name })
        .from(departments)
        .orderBy(asc(departments.sortOrder), asc(departments.id)),
    }),
  );

  app.get(
    '/api/ranking-groups',
    {
      config: { policy: 'org.read' },
      schema: {
        tags: ['organisation'],
        summary: 'Ranking groups (counties, zones, city departments) and their members',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                kind: z.enum(RANKING_GROUP_KINDS),
                memberIds: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async () => {
      const [groups, members] = await Promise.all([
        db.select().from(rankingGroups).orderBy(asc(rankingGroups.id)),
        db.select().from(rankingGroupMembers),
      ]);
      return {
        items: groups.map((g) => ({
          ...g,
          memberIds: members.filter((m) => m.groupId === g.id).map((m) => m.memberId),
        })),
      };
    },
  );
}
