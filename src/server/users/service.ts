import { asc, eq } from 'drizzle-orm';
import { DEPARTMENT_BOUND_ROLES, REGION_BOUND_ROLES, type Role } from '../../domain/org/roles';
import { appendAudit } from '../audit/trail';
import { changedFields } from '../audit/diff';
import { hashPassword } from '../auth/password';
import type { Ctx } from '../auth/principal';
import { assertPasswordPolicy } from '../auth/service';
import { deleteUserSessions } from '../auth/sessions';
import type { Db } from '../db/client';
import { departments, regions } from '../db/schema/org';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';

type UserRow = typeof users.$inferSelect;

export function toUserView(u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionId: u.regionId,
    departmentId: u.departmentId,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

/** Audit view of an account: never the password hash. */
const auditable = ({ passwordHash: _p, updatedAt: _u, ...rest }: UserRow) => rest;

export async function listUsers(db: Db) {
  return (await db.select().from(users).orderBy(asc(users.username))).map(toUserView);
}

async function assertBinding(db: Db, role: Role, regionId: string | null, departmentId: string | null) {
  if (REGION_BOUND_ROLES.includes(role)) {
    const [r] = regionId ? await db.select().from(regions).where(eq(regions.id, regionId)) : [];
    if (!r) {
      throw new AppError('VALIDATION_FAILED', 'A county officer needs a region', undefined, [
        {
          path: 'body.regionId',
          message: `unknown or missing region "${regionId ?? ''}"`,
          code: 'region_required',
        },
      ]);
    }
  }
  if (DEPARTMENT_BOUND_ROLES.includes(role)) {
    const [d] = departmentId
      ? await db.select().from(departments).where(eq(departments.id, departmentId))
      : [];
    if (!d) {
      throw new AppError('VALIDATION_FAILED', 'A unit handler needs a department', undefined, [
        {
          path: 'body.departmentId',
          message: `unknown or missing department "${departmentId ?? ''}"`,
          code: 'department_required',
        },
      ]);
    }
  }
}

export type CreateUserInput = {
  username: string;
  displayName: string;
  role: Role;
  regionId?: string | null;
  departmentId?: string | null;
  initialPassword: string;
};

/** Accounts created by an admin must change their initial password at first login. */
export async function createUser(
  db: Db,
  ctx: Ctx,
  input: CreateUserInput,
  opts: { mustChangePassword?: boolean } = {},
) {
  const username = input.username.toLowerCase();
  const regionId = REGION_BOUND_ROLES.includes(input.role) ? (input.regionId ?? null) : null;
  const departmentId = DEPARTMENT_BOUND_ROLES.includes(input.role) ? (input.departmentId ?? null) : null;
  await assertBinding(db, input.role, regionId, departmentId);
  assertPasswordPolicy(input.initialPassword, username);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) {
    throw new AppError('ALREADY_EXISTS', `The username ${username} is taken`, { username }, [
      { path: 'body.username', message: 'taken', code: 'already_exists' },
    ]);
  }
  const passwordHash = await hashPassword(input.initialPassword);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username,
        displayName: input.displayName,
        role: input.role,
        regionId,
        departmentId,
        passwordHash,
        mustChangePassword: opts.mustChangePassword ?? true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        diff: { before: null, after: auditable(row) },
      },
      ctx.now,
    );
    return toUserView(row);
  });
}

export type UpdateUserInput = {
  displayName?: string;
  disabled?: boolean;
  resetPassword?: string;
  unlock?: boolean;
};

export async function updateUser(db: Db, ctx: Ctx, id: string, input: UpdateUserInput) {
  const [current] = await db.select().from(users).where(eq(users.id, id));
  if (!current) throw notFound('user');
  if (input.disabled && current.id === ctx.principal.id) {
    throw new AppError('BAD_REQUEST', 'You cannot disable your own account');
  }
  if (input.resetPassword) assertPasswordPolicy(input.resetPassword, current.username);
  const passwordHash = input.resetPassword ? await hashPassword(input.resetPassword) : undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(passwordHash ? { passwordHash, mustChangePassword: true } : {}),
        ...(input.unlock || passwordHash ? { lockedUntil: null, failedLoginCount: 0 } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw notFound('user');
    if (input.disabled || passwordHash) await deleteUserSessions(tx, id);
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        diff: {
          changes: changedFields(auditable(current), auditable(row)),
          passwordReset: Boolean(passwordHash),
        },
      },
      ctx.now,
    );
    return toUserView(row);
  });
}
