import type { Role } from '../../domain/org/roles';
import type { Actor } from '../audit/trail';

export type Principal = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string | null;
  departmentId: string | null;
  mustChangePassword: boolean;
};

/**
 * Data scope: which regions' records a principal may read and write. Built once per request from
 * the account; repositories take it as a required argument and filter by it.
 */
export type Scope = { kind: 'all' } | { kind: 'regions'; regionIds: readonly string[] };

/** What every service call receives: who acts, within what scope, at what time. */
export type Ctx = { principal: Principal; scope: Scope; actor: Actor; now: Date };

export function scopeOf(principal: Pick<Principal, 'role' | 'regionId'>): Scope {
  if (principal.role === 'county_officer') {
    return { kind: 'regions', regionIds: principal.regionId ? [principal.regionId] : [] };
  }
  return { kind: 'all' };
}

/** For start-up jobs and demo seeding: acts as the system, sees everything. */
export function systemCtx(now = new Date()): Ctx {
  return {
    principal: {
      id: '00000000-0000-0000-0000-000000000000',
      username: 'system',
      displayName: 'system',
      role: 'city_admin',
      regionId: null,
      departmentId: null,
      mustChangePassword: false,
    },
    scope: { kind: 'all' },
    actor: { id: null, username: 'system', ip: null },
    now,
  };
}
