import { App, Avatar, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../features/auth/queries';
import { useT } from '../i18n/useT';
import { LockIcon, LogoutIcon } from '../lib/icons';

/** Avatar with name and role; opens change password and logout. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();
  const scope = me.regionName ?? me.departmentName;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <div style={{ lineHeight: 1.5 }}>
                <div style={{ color: '#1f2937', fontWeight: 600 }}>{me.displayName}</div>
                <div>
                  {t.label('role', me.role)}
                  {scope ? ` · ${scope}` : ''}
                </div>
              </div>
            ),
          },
          { type: 'divider' },
          { key: 'password', icon: <LockIcon />, label: t('header.changePassword') },
          { key: 'logout', icon: <LogoutIcon />, label: t('header.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/change-password');
          if (key === 'logout') {
            logout.mutate(undefined, {
              onSettled: () => {
                void message.success(t('header.loggedOut'));
                void navigate('/login', { replace: true });
              },
            });
          }
        },
      }}
    >
      <button type="button" className="tj-user-button" data-testid="user-menu">
        <Avatar size={30} style={{ background: '#1f5fbf', flex: 'none' }}>
          {me.displayName.slice(0, 1)}
        </Avatar>
        {!compact && (
          <span className="tj-user-text">
            <span className="tj-user-name">{me.displayName}</span>
            <span className="tj-user-role">{t.label('role', me.role)}</span>
          </span>
        )}
      </button>
    </Dropdown>
  );
}
