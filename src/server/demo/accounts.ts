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
  { username: 'sthj', displayName: '生态环境局经办人', role: 'unit_handler', departmentId: 'sthj' },
  { username: 'czj', displayName: '财政局经办人', role: 'unit_handler', departmentId: 'czj' },
  { username: 'spj', displayName: '行政审批服务局经办人', role: 'unit_handler', departmentId: 'spj' },
  { username: 'gdj', displayName: '供电公司经办人', role: 'unit_handler', departmentId: 'gdj' },
  { username: 'fgw', displayName: '发展改革委经办人', role: 'unit_handler', departmentId: 'fgw' },
  { username: 'ducha', displayName: '市委督查室', role: 'supervisor' },
  { username: 'leader', displayName: '分管副市长', role: 'leader' },
  { username: 'auditor', displayName: '审计管理员', role: 'auditor' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sys_admin' },
];
