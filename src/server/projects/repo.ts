import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Stage } from '../../domain/lifecycle/stages';
import type { Scope } from '../auth/principal';
import { assertRegionWritable, inScope } from '../auth/scope';
import type { Executor } from '../db/client';
import { duplicateCandidates } from '../db/schema/duplicates';
import { regions } from '../db/schema/org';
import { files, projects, projectTransitions } from '../db/schema/projects';
import { users } from '../db/schema/users';
import type { ProjectListQuery } from './schemas';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectInsert = typeof projects.$inferInsert;

/** Stages before a substantive start: a project in one of them past its start-by date is overdue. */
export const NOT_YET_STARTED: readonly Stage[] = ['signed', 'registered', 'land_secured'];

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Project data access, always within a data scope: every read and write below carries the
 * scope condition, and nothing else in the code base queries the projects table for a request.
 * Records outside the scope behave as if they did not exist.
 */
export function projectRepo(db: Executor, scope: Scope) {
  const visible = (...conds: (SQL | undefined)[]) =>
    and(isNull(projects.deletedAt), inScope(projects.regionId, scope), ...conds);

  return {
    async findById(id: string, opts: { forUpdate?: boolean } = {}) {
      const q = db
        .select({ project: projects, regionName: regions.name })
        .from(projects)
        .innerJoin(regions, eq(regions.id, projects.regionId))
        .where(visible(eq(projects.id, id)));
      const [row] = opts.forUpdate ? await q.for('update', { of: projects }) : await q;
      return row ?? null;
    },

    async list(query: ProjectListQuery, today: string) {
      const conds: (SQL | undefined)[] = [];
      if (query.region) conds.push(eq(projects.regionId, query.region));
      if (query.stage?.length) conds.push(inArray(projects.stage, query.stage));
      if (query.industryCategory) conds.push(eq(projects.industryCategory, query.industryCategory));
      if (query.minInvestment) conds.push(gte(projects.totalInvestment, query.minInvestment));
      if (query.maxInvestment) conds.push(lte(projects.totalInvestment, query.maxInvestment));
      if (query.q) {
        const like = `%${escapeLike(query.q)}%`;
        conds.push(
          or(ilike(projects.name, like), ilike(projects.code, like), ilike(projects.investorName, like)),
        );
      }
      if (query.overdue === 'true') {
        const notStarted = [...NOT_YET_STARTED];
        conds.push(
          and(
            or(
              inArray(projects.stage, notStarted),
              and(eq(projects.stage, 'stalled'), inArray(projects.stageBeforeStall, notStarted)),
            ),
            lt(projects.startBy, today),
          ),
        );
      }
      const where = visible(...conds);
      const sortColumn = {
        updatedAt: projects.updatedAt,
        totalInvestment: projects.totalInvestment,
        signedOn: projects.signedOn,
        code: projects.code,
      }[query.sort];
      const direction = query.order === 'asc' ? asc : desc;
      const [items, [totalRow]] = await Promise.all([
        db
          .select({ project: projects, regionName: regions.name })
          .from(projects)
          .innerJoin(regions, eq(regions.id, projects.regionId))
          .where(where)
          .orderBy(
            query.order === 'asc' ? sql`${sortColumn} asc nulls last` : sql`${sortColumn} desc nulls last`,
            direction(projects.id),
          )
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(projects).where(where),
      ]);
      return { items, total: totalRow?.n ?? 0 };
    },

    async insert(values: Omit<ProjectInsert, 'code'>) {
      assertRegionWritable(values.regionId, scope);
      const [row] = await db
        .insert(projects)
        .values({
          ...values,
          code: sql`'NY' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('project_code_seq')::text, 5, '0')`,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    /** Optimistic update: applies only when the stored version is `version`; returns null otherwise. */
    async update(id: string, version: number, patch: Partial<ProjectInsert>) {
      if (patch.regionId) assertRegionWritable(patch.regionId, scope);
      const [row] = await db
        .update(projects)
        .set({ ...patch, version: sql`${projects.version} + 1` })
        .where(visible(eq(projects.id, id), eq(projects.version, version)))
        .returning();
      return row ?? null;
    },

    async transitions(projectId: string) {
      return db
        .select({ t: projectTransitions, actorName: users.displayName })
        .from(projectTransitions)
        .innerJoin(users, eq(users.id, projectTransitions.actorId))
        .where(eq(projectTransitions.projectId, projectId))
        .orderBy(asc(projectTransitions.seq));
    },

    async insertTransition(values: typeof projectTransitions.$inferInsert) {
      const [row] = await db.insert(projectTransitions).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },

    async userName(userId: string | null) {
      if (!userId) return null;
      const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
      return u?.name ?? null;
    },

    async openDuplicateCount(projectId: string) {
      const [r] = await db
        .select({ n: count() })
        .from(duplicateCandidates)
        .where(and(eq(duplicateCandidates.projectId, projectId), eq(duplicateCandidates.status, 'open')));
      return r?.n ?? 0;
    },

    /** Files of a project the caller can see (the project itself is checked by the caller). */
    async filesOf(projectId: string, ids?: readonly string[]) {
      const conds = [eq(files.projectId, projectId)];
      if (ids) conds.push(inArray(files.id, [...ids]));
      return db
        .select()
        .from(files)
        .where(and(...conds));
    },
  };
}

export type ProjectRepo = ReturnType<typeof projectRepo>;
