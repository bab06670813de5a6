import { App, Badge, Button, Drawer, Popover } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { BellIcon } from './BellIcon';
import { NotificationPanel } from './NotificationPanel';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './queries';
import type { AppNotification } from './types';
import './notifications.css';

/** The header bell: unread count, and the notification centre in a popover (drawer on phones). */
export function NotificationBell() {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.unread ?? 0;

  const fail = () => void message.error(t('nt.actionFailed'));
  const openItem = (item: AppNotification) => {
    setOpen(false);
    if (item.readAt === null) markRead.mutate(item.id, { onError: fail });
    if (item.link?.startsWith('/')) void navigate(item.link);
  };

  const panel = (
    <NotificationPanel
      list={list.data}
      loading={list.isPending}
      failed={list.isError}
      markingAll={markAll.isPending}
      onOpen={openItem}
      onReadAll={() => markAll.mutate(undefined, { onError: fail })}
      showTitle={!mobile}
    />
  );
  const label = unread > 0 ? t('nt.bellUnread', { count: unread }) : t('nt.title');
  const bell = (
    <Button
      type="text"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      onClick={mobile ? () => setOpen(true) : undefined}
      icon={
        <Badge
          count={unread}
          size="small"
          overflowCount={99}
          offset={[4, -2]}
          data-testid="notification-count"
          data-count={unread}
        >
          <span style={{ fontSize: 18, lineHeight: 1 }}>
            <BellIcon />
          </span>
        </Badge>
      }
    />
  );

  if (mobile) {
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          title={t('nt.title')}
          placement="right"
          size="100%"
          rootClassName="tj-drawer-nt"
          destroyOnHidden
        >
          {panel}
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      content={panel}
    >
      {bell}
    </Popover>
  );
}
