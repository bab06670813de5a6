import type { Role } from '../../../domain/org/roles';
import type { AtlasSystem } from './types';

/** The atlas's structure (systems, chains, nodes, firms) is the city administrator's (policy atlas.write). */
export const canEditAtlas = (role: Role) => role === 'city_admin';

/** Target lists: the city, and each county for its own county (policy atlas.county). */
export const canKeepTargets = (role: Role) => role === 'city_admin' || role === 'county_officer';

/** A retired system is the record of how projects were classified: read-only. */
export const isRetired = (systems: readonly AtlasSystem[] | undefined, systemId: string) =>
  systems?.find((s) => s.id === systemId)?.status === 'retired';
