import type { Role } from '../../../domain/org/roles';

/** What the interface offers to each role; the server decides again on every request. */
export const PROJECT_READERS: readonly Role[] = [
  'city_admin',
  'county_officer',
  'unit_handler',
  'supervisor',
  'leader',
];
export const PROJECT_WRITERS: readonly Role[] = ['city_admin', 'county_officer'];
export const PROJECT_DELETERS: readonly Role[] = ['city_admin'];
export const INVESTOR_READERS: readonly Role[] = PROJECT_READERS;
export const INVESTOR_WRITERS: readonly Role[] = ['city_admin', 'county_officer'];
export const SIGNING_READERS: readonly Role[] = PROJECT_READERS;
export const SIGNING_MANAGERS: readonly Role[] = ['city_admin'];
export const SIGNING_PROPOSERS: readonly Role[] = ['city_admin', 'county_officer'];
export const IMPORTERS: readonly Role[] = PROJECT_WRITERS;
export const DUPLICATE_READERS: readonly Role[] = ['city_admin', 'supervisor', 'leader'];
export const DUPLICATE_DECIDERS: readonly Role[] = ['city_admin'];
export const SETTINGS_WRITERS: readonly Role[] = ['city_admin'];
export const AUDIT_READERS: readonly Role[] = ['auditor'];
export const USER_MANAGERS: readonly Role[] = ['sys_admin'];
/** Delivery dashboards, missing reports and "my projects" (policy delivery.read). */
export const DELIVERY_READERS: readonly Role[] = PROJECT_READERS;
/** The delivery rates with their drill-down (policy rates.read). */
export const RATES_READERS: readonly Role[] = PROJECT_READERS;

/** Supervision items (督办): every business role sees its items (policy supervision.read). */
export const SUPERVISION_READERS: readonly Role[] = PROJECT_READERS;
/** Who raises and assigns items (policy supervision.create). */
export const SUPERVISION_CREATORS: readonly Role[] = ['city_admin', 'supervisor', 'leader', 'county_officer'];

export const canWriteProjects = (role: Role) => PROJECT_WRITERS.includes(role);
export const canDeleteProjects = (role: Role) => PROJECT_DELETERS.includes(role);
export const canManageSigning = (role: Role) => SIGNING_MANAGERS.includes(role);
export const canProposeSigning = (role: Role) => SIGNING_PROPOSERS.includes(role);
export const canDecideDuplicates = (role: Role) => DUPLICATE_DECIDERS.includes(role);
export const canCreateSupervision = (role: Role) => SUPERVISION_CREATORS.includes(role);

/** A county officer edits the registry records its region keeps; the city edits all of them. */
export function canEditInvestor(
  me: { role: Role; regionId: string | null },
  investor: { ownerRegionId: string | null },
): boolean {
  if (me.role === 'city_admin') return true;
  return (
    INVESTOR_WRITERS.includes(me.role) &&
    investor.ownerRegionId !== null &&
    investor.ownerRegionId === me.regionId
  );
}

/** Roles that look at the whole city's projects and choose a region in the header. */
export const hasRegionSwitcher = (role: Role) => PROJECT_READERS.includes(role) && role !== 'county_officer';

/** Roles whose data is one region's: the header shows its name instead of a switcher. */
export const hasFixedRegion = (role: Role) => role === 'county_officer';

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  if (AUDIT_READERS.includes(role)) return '/audit';
  if (USER_MANAGERS.includes(role)) return '/users';
  // Leaders come for the city at a glance.
  if (role === 'leader') return '/cockpit';
  return '/projects';
}
