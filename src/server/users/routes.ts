import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { ROLES } from '../../domain/org/roles';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Scope } from '../auth/principal';
import { users } from '../db/schema/users';
import { ctxOf, type App } from '../http/types';
import { createUser, listUsers, updateUser } from './service';

const UserView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  regionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});

/** Accounts that can own a lead or project within the caller's scope (for the owner picker). */
async function assignableOwners(db: App['deps']['db'], scope: Scope) {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, regionId: users.regionId })
    .from(users)
    .where(
      and(
        eq(users.disabled, false),
        scope.kind === 'all'
          ? inArray(users.role, ['city_admin', 'county_officer'])
          : and(eq(users.role, 'county_officer'), inArray(users.regionId, [...scope.regionIds, '-'])),
      ),
    )
    .orderBy(asc(users.displayName));
  return rows;
}

/** Account administration: the system administrator's only business (no project data). */
export function registerUserRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/users/assignable',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['accounts'],
        summary: 'Active accounts that can own projects in your scope (owner picker)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                displayName: z.string(),
                role: z.enum(ROLES),
                regionId: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await assignableOwners(db, ctxOf(req).scope) }),
  );

  app.get(
    '/api/users',
    {
      config: { policy: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'List accounts',
        response: { 200: z.object({ items: z.array(UserView) }) },
      },
    },
    async () => ({ items: await listUsers(db) }),
  );

  app.post(
    '/api/users',
    {
      config: { policy: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account with an initial password that must be changed at first login',
        body: z.strictObject({
          username: z
            .string()
            .trim()
            .min(LIMITS.username.min)
            .max(LIMITS.username.max)
            .regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/, 'letters, digits, _ . - and starting with a letter'),
          displayName: z.string().trim().min(1).max(LIMITS.displayName),
          role: z.enum(ROLES),
          regionId: z.string().max(20).nullable().optional(),
          departmentId: z.string().max(50).nullable().optional(),
          initialPassword: z.string().max(LIMITS.password.max),
        }),
        response: { 201: UserView },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(db, ctxOf(req), req.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { policy: 'users.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Rename, disable/enable, unlock, or reset the password of an account',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({
          displayName: z.string().trim().min(1).max(LIMITS.displayName).optional(),
          disabled: z.boolean().optional(),
          unlock: z.boolean().optional(),
          resetPassword: z.string().max(LIMITS.password.max).optional(),
        }),
        response: { 200: UserView },
      },
    },
    async (req) => updateUser(db, ctxOf(req), req.params.id, req.body),
  );
}
