/** Roles of DESIGN §1, plus the system administrator who manages accounts only. */
export const ROLES = [
  'city_admin',
  'county_officer',
  'unit_handler',
  'supervisor',
  'leader',
  'auditor',
  'sys_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose data is limited to one region. */
export const REGION_BOUND_ROLES: readonly Role[] = ['county_officer'];
/** Roles bound to one department (责任单位). */
export const DEPARTMENT_BOUND_ROLES: readonly Role[] = ['unit_handler'];

export const REGION_KINDS = ['city', 'district', 'county', 'county_city', 'zone'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const RANKING_GROUP_KINDS = ['counties', 'zones', 'departments'] as const;
export type RankingGroupKind = (typeof RANKING_GROUP_KINDS)[number];
