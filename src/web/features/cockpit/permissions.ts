import type { Role } from '../../../domain/org/roles';
import { PROJECT_READERS } from '../auth/permissions';

/** Who opens the cockpit (policy cockpit.read: every business role; a county officer sees their county). */
export const COCKPIT_READERS: readonly Role[] = PROJECT_READERS;
