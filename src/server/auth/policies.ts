import type { Role } from '../../domain/org/roles';

const ALL: readonly Role[] = [
  'city_admin',
  'county_officer',
  'unit_handler',
  'supervisor',
  'leader',
  'auditor',
  'sys_admin',
];
const BUSINESS_READERS: readonly Role[] = [
  'city_admin',
  'county_officer',
  'unit_handler',
  'supervisor',
  'leader',
];

/**
 * Who may call what: every API route names one of these policies in its config, and the
 * app refuses to start when a route names none. `public` needs no session; `session` needs one
 * but is allowed while a password change is pending.
 */
export const POLICIES = {
  public: null,
  session: ALL,
  'org.read': ALL,
  'projects.read': BUSINESS_READERS,
  'projects.write': ['city_admin', 'county_officer'],
  'projects.delete': ['city_admin'],
  'investors.read': BUSINESS_READERS,
  'investors.write': ['city_admin', 'county_officer'],
  'settings.write': ['city_admin'],
  'duplicates.read': ['city_admin', 'supervisor', 'leader'],
  'duplicates.decide': ['city_admin'],
  'signing.read': BUSINESS_READERS,
  'signing.manage': ['city_admin'],
  'signing.propose': ['city_admin', 'county_officer'],
  'delivery.read': BUSINESS_READERS,
  'delivery.write': ['city_admin', 'county_officer'],
  'teams.write': ['city_admin', 'county_officer'],
  'rates.read': BUSINESS_READERS,
  'supervision.read': BUSINESS_READERS,
  'supervision.create': ['city_admin', 'supervisor', 'leader', 'county_officer'],
  'supervision.act': BUSINESS_READERS,
  /** Group robots of units, unit heads, failed deliveries: the supervision office and the city administrator. */
  'notify.manage': ['city_admin', 'supervisor'],
  'atlas.read': BUSINESS_READERS,
  'atlas.write': ['city_admin'],
  /** Target lists and county positioning: the city, and each county for its own county. */
  'atlas.county': ['city_admin', 'county_officer'],
  'evaluation.read': BUSINESS_READERS,
  'evaluation.manage': ['city_admin'],
  'cockpit.read': BUSINESS_READERS,
  'meetings.read': BUSINESS_READERS,
  'meetings.write': ['city_admin', 'supervisor', 'county_officer'],
  'audit.read': ['auditor'],
  'users.manage': ['sys_admin'],
} as const satisfies Record<string, readonly Role[] | null>;

export type PolicyName = keyof typeof POLICIES;

export function isAllowed(policy: PolicyName, role: Role): boolean {
  const roles = POLICIES[policy];
  return roles === null || (roles as readonly Role[]).includes(role);
}
