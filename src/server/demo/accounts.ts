import type { Role } from '../../domain/org/roles';

export const DEMO_PASSWORD = 'Tuijin2021!';

export const DEMO_ACCOUNTS: readonly {
  username: string;
  displayName: string;
  role: Role;
  regionId?: string;
  departmentId?: string;
}[] = [
  { username: 'admin', displayName: '市投资促进局 管理员', role: 'city_admin' },
  { username: 'wancheng', displayName: '宛城区招商专员', role: 'county_officer', regionId: '411302' },
  { username: 'dengzhou', displayName: '邓州市招商专员', role: 'county_officer', regionId: '411381' },
  { username: 'zrzy', displayName: '自然资源局经办人', role: 'unit_handler', departmentId: 'zrzy' },
  { username: 'ducha', displayName: '市委督查室', role: 'supervisor' },
  { username: 'leader', displayName: '分管副市长', role: 'leader' },
  { username: 'auditor', displayName: '审计管理员', role: 'auditor' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sys_admin' },
];
