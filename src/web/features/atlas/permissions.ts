import type { Role } from '../../../domain/org/roles';
import { PROJECT_READERS, PROJECT_WRITERS } from '../auth/permissions';

/** Who browses the atlas (policy atlas.read: every business role). */
export const ATLAS_READERS: readonly Role[] = PROJECT_READERS;
/** Who keeps target lists and county positions (policy atlas.county). */
export const ATLAS_COUNTY_WRITERS: readonly Role[] = ['city_admin', 'county_officer'];

type Me = { role: Role; regionId: string | null };

/** The city administrator keeps every target; a county officer those its own county courts. */
export function canKeepTarget(me: Me, target: { regionId: string | null }): boolean {
  if (me.role === 'city_admin') return true;
  return (
    ATLAS_COUNTY_WRITERS.includes(me.role) && target.regionId !== null && target.regionId === me.regionId
  );
}

/**
 * Starting a lead needs the right to create projects (policy projects.write) and to keep the
 * target; a target no county courts yet goes to the county of the officer who starts the lead.
 */
export function canStartLead(me: Me, target: { regionId: string | null; projectId: string | null }) {
  if (target.projectId !== null || !PROJECT_WRITERS.includes(me.role)) return false;
  return canKeepTarget(me, target) || (me.role === 'county_officer' && target.regionId === null);
}

/** A county officer positions chains for its own county; the city administrator for any county. */
export function positionableRegions<R extends { id: string }>(me: Me, counties: R[]): R[] {
  if (me.role === 'city_admin') return counties;
  if (me.role === 'county_officer') return counties.filter((c) => c.id === me.regionId);
  return [];
}
