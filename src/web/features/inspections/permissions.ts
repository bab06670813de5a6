import type { Role } from '../../../domain/org/roles';
import { EVALUATION_MANAGERS, EVALUATION_READERS } from '../evaluation/permissions';

/** Who opens the inspections (policy evaluation.read); a detail opens for the city and the judges. */
export const INSPECTION_READERS: readonly Role[] = EVALUATION_READERS;
/** Who sets up and closes an inspection (policy evaluation.manage). */
export const INSPECTION_MANAGERS: readonly Role[] = EVALUATION_MANAGERS;
/** Who sees every judge's marks and the county scores (the service's "city"). */
export const INSPECTION_CITY: readonly Role[] = ['city_admin', 'supervisor', 'leader'];

export const canManageInspections = (role: Role) => INSPECTION_MANAGERS.includes(role);
export const seesAllMarks = (role: Role) => INSPECTION_CITY.includes(role);
