import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AUDIT_READERS, PROJECT_READERS, USER_MANAGERS } from '../features/auth/permissions';
import { useCurrentUser } from '../features/auth/queries';
import type { MessageKey } from '../i18n/zh-CN';
import { useT } from '../i18n/useT';
import { AuditIcon, ProjectsIcon, UsersIcon } from '../lib/icons';

const ENTRIES: { path: string; label: MessageKey; icon: ReactNode; roles: readonly string[] }[] = [
  { path: '/projects', label: 'nav.projects', icon: <ProjectsIcon />, roles: PROJECT_READERS },
  { path: '/audit', label: 'nav.audit', icon: <AuditIcon />, roles: AUDIT_READERS },
  { path: '/users', label: 'nav.users', icon: <UsersIcon />, roles: USER_MANAGERS },
];

/** The navigation; its entries follow the role of the signed-in user. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = ENTRIES.filter((e) => e.roles.includes(me.role));
  const selected = entries.find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`));
  return (
    <Menu
      data-testid="side-menu"
      theme="dark"
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      items={entries.map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
