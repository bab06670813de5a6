import type { Role } from '../../../domain/org/roles';

/** Who manages group robots, sees their deliveries and names unit heads (policy notify.manage). */
export const NOTIFY_MANAGERS: readonly Role[] = ['city_admin', 'supervisor'];
