import { inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { AppError } from '../http/errors';
import type { Scope } from './principal';

/** The WHERE condition that limits a region column to a scope. */
export function inScope(regionColumn: Column, scope: Scope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.regionIds.length === 0) return sql`false`;
  return inArray(regionColumn, [...scope.regionIds]);
}

export function regionInScope(regionId: string, scope: Scope): boolean {
  return scope.kind === 'all' || scope.regionIds.includes(regionId);
}

/** Writing into a region outside one's scope is refused before anything is written. */
export function assertRegionWritable(regionId: string, scope: Scope) {
  if (!regionInScope(regionId, scope)) {
    throw new AppError('REGION_OUT_OF_SCOPE', `Region ${regionId} is outside your scope`, { regionId }, [
      { path: 'body.regionId', message: 'outside your scope', code: 'region_out_of_scope' },
    ]);
  }
}
