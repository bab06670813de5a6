import type { Role } from '../../../domain/org/roles';

export type UserAccount = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string | null;
  departmentId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
};

export type CreateUserInput = {
  username: string;
  displayName: string;
  role: Role;
  regionId?: string;
  departmentId?: string;
  initialPassword: string;
};

export type UpdateUserInput = {
  displayName?: string;
  disabled?: boolean;
  unlock?: boolean;
  resetPassword?: string;
};
