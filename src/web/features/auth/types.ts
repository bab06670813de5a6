import type { Role } from '../../../domain/org/roles';

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string | null;
  regionName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  mustChangePassword: boolean;
};
