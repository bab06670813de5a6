import { Button } from 'antd';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { RegionSwitcher } from '../features/org/RegionSwitcher';
import { useRegion } from '../features/org/regionContext';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useT } from '../i18n/useT';
import { FoldIcon, MenuIcon, UnfoldIcon } from '../lib/icons';
import { Brand } from './Brand';
import { UserMenu } from './UserMenu';

type Props = {
  mobile: boolean;
  collapsed: boolean;
  onToggle: () => void;
};

export function AppHeader({ mobile, collapsed, onToggle }: Props) {
  const t = useT();
  const { switchable } = useRegion();
  const toggleLabel = mobile ? t('nav.menu') : collapsed ? t('nav.expand') : t('nav.collapse');
  return (
    <header className="tj-header" data-testid="app-header">
      <Button
        type="text"
        aria-label={toggleLabel}
        title={toggleLabel}
        data-testid="menu-toggle"
        icon={mobile ? <MenuIcon /> : collapsed ? <UnfoldIcon /> : <FoldIcon />}
        onClick={onToggle}
      />
      {mobile && !switchable && <Brand dark={false} collapsed />}
      <div className="tj-header-spacer" />
      <RegionSwitcher compact={mobile} />
      <LanguageSwitch size={mobile ? 'small' : 'middle'} />
      <NotificationBell />
      <UserMenu compact={mobile} />
    </header>
  );
}
