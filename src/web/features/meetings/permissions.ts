import type { Role } from '../../../domain/org/roles';
import { PROJECT_READERS } from '../auth/permissions';

/** Who sees the weekly meetings and their agenda (policy meetings.read: every business role). */
export const MEETING_READERS: readonly Role[] = PROJECT_READERS;
/** Who calls a meeting and records its minutes (policy meetings.write). */
export const MEETING_WRITERS: readonly Role[] = ['city_admin', 'supervisor', 'county_officer'];

export const canWriteMeetings = (role: Role) => MEETING_WRITERS.includes(role);
