import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { workTeamMembers, workTeams } from '../db/schema/delivery';
import { departments, regions } from '../db/schema/org';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';
import { projectRepo } from '../projects/repo';
import type { TeamInput } from './schemas';

async function teamOf(db: Executor, projectId: string) {
  const [t] = await db
    .select({
      team: workTeams,
      leaderName: users.displayName,
      departmentName: departments.name,
      regionName: regions.name,
    })
    .from(workTeams)
    .innerJoin(users, eq(users.id, workTeams.leaderId))
    .leftJoin(departments, eq(departments.id, workTeams.leadDepartmentId))
    .leftJoin(regions, eq(regions.id, workTeams.leadRegionId))
    .where(eq(workTeams.projectId, projectId));
  if (!t) return null;
  const members = await db
    .select({ userId: workTeamMembers.userId, displayName: users.displayName, duty: workTeamMembers.duty })
    .from(workTeamMembers)
    .innerJoin(users, eq(users.id, workTeamMembers.userId))
    .where(eq(workTeamMembers.projectId, projectId))
    .orderBy(users.displayName);
  const leadUnit = t.team.leadDepartmentId
    ? { kind: 'department' as const, id: t.team.leadDepartmentId, name: t.departmentName ?? '' }
    : { kind: 'region' as const, id: t.team.leadRegionId ?? '', name: t.regionName ?? '' };
  return {
    projectId,
    leader: { userId: t.team.leaderId, displayName: t.leaderName },
    leadUnit,
    members: members.map((m) => ({ ...m, duty: m.duty ?? null })),
    note: t.team.note,
    version: t.team.version,
  };
}

export async function getTeam(db: Db, ctx: Ctx, projectId: string) {
  if (!(await projectRepo(db, ctx.scope).findById(projectId))) throw notFound('project');
  return { team: await teamOf(db, projectId) };
}

function invalid(path: string, message: string, code: string): never {
  throw new AppError('VALIDATION_FAILED', message, { path }, [{ path, message, code }]);
}

/** Sets the work team (工作专班) of a project: the leader is a 领导 account, members are active accounts. */
export async function putTeam(db: Db, ctx: Ctx, projectId: string, input: TeamInput) {
  await db.transaction(async (tx) => {
    const found = await projectRepo(tx, ctx.scope).findById(projectId, { forUpdate: true });
    if (!found) throw notFound('project');
    const ids = [...new Set([input.leaderId, ...input.members.map((m) => m.userId)])];
    const people = await tx
      .select({ id: users.id, role: users.role, disabled: users.disabled })
      .from(users)
      .where(inArray(users.id, ids));
    const person = new Map(people.map((p) => [p.id, p]));
    const leader = person.get(input.leaderId);
    if (!leader || leader.disabled)
      invalid('body.leaderId', `no active account ${input.leaderId}`, 'unknown_user');
    if (leader.role !== 'leader')
      invalid('body.leaderId', 'the responsible leader (包联领导) must be a leader account', 'not_a_leader');
    input.members.forEach((m, i) => {
      const p = person.get(m.userId);
      if (!p || p.disabled)
        invalid(`body.members.${i}.userId`, `no active account ${m.userId}`, 'unknown_user');
    });
    if (new Set(input.members.map((m) => m.userId)).size !== input.members.length) {
      invalid('body.members', 'a person is listed twice', 'duplicate_member');
    }
    const unitTable = input.leadUnit.kind === 'department' ? departments : regions;
    const [unit] = await tx
      .select({ id: unitTable.id })
      .from(unitTable)
      .where(eq(unitTable.id, input.leadUnit.id));
    if (!unit) invalid('body.leadUnit.id', `no ${input.leadUnit.kind} ${input.leadUnit.id}`, 'unknown_unit');
    const before = await teamOf(tx, projectId);
    if (before && input.version !== before.version) {
      throw new AppError('VERSION_CONFLICT', 'The work team was changed by someone else; reload it', {
        currentVersion: before.version,
      });
    }
    const values = {
      leaderId: input.leaderId,
      leadDepartmentId: input.leadUnit.kind === 'department' ? input.leadUnit.id : null,
      leadRegionId: input.leadUnit.kind === 'region' ? input.leadUnit.id : null,
      note: input.note ?? null,
      updatedAt: ctx.now,
    };
    if (before) {
      await tx
        .update(workTeams)
        .set({ ...values, version: before.version + 1 })
        .where(eq(workTeams.projectId, projectId));
      await tx.delete(workTeamMembers).where(eq(workTeamMembers.projectId, projectId));
    } else {
      await tx.insert(workTeams).values({ ...values, projectId });
    }
    if (input.members.length) {
      await tx
        .insert(workTeamMembers)
        .values(input.members.map((m) => ({ projectId, userId: m.userId, duty: m.duty ?? null })));
    }
    const after = await teamOf(tx, projectId);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: before ? 'team.update' : 'team.create',
        entityType: 'project',
        entityId: projectId,
        regionId: found.project.regionId,
        diff: { before, after },
      },
      ctx.now,
    );
  });
  return getTeam(db, ctx, projectId);
}

/** The projects where the user leads the work team or sits on it. */
export function teamProjectIds(db: Executor, userId: string) {
  return db
    .select({
      projectId: workTeams.projectId,
      role: sql<
        'leader' | 'member'
      >`case when ${workTeams.leaderId} = ${userId} then 'leader' else 'member' end`,
      duty: workTeamMembers.duty,
    })
    .from(workTeams)
    .leftJoin(
      workTeamMembers,
      and(eq(workTeamMembers.projectId, workTeams.projectId), eq(workTeamMembers.userId, userId)),
    )
    .where(or(eq(workTeams.leaderId, userId), eq(workTeamMembers.userId, userId)));
}

/** The people a work team can be made of: active business accounts (leaders first). */
export async function teamCandidates(db: Executor) {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      regionId: users.regionId,
      departmentId: users.departmentId,
    })
    .from(users)
    .where(
      and(
        eq(users.disabled, false),
        inArray(users.role, ['leader', 'city_admin', 'county_officer', 'unit_handler', 'supervisor']),
      ),
    )
    .orderBy(sql`${users.role} <> 'leader'`, users.displayName);
  return { items: rows };
}
