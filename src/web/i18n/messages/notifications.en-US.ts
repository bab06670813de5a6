import type { zhNotifications } from './notifications.zh-CN';

/** English messages: the notification centre (exactly the keys of the Chinese ones). */
export const enNotifications: Record<keyof typeof zhNotifications, string> = {
  'nt.title': 'Notifications',
  'nt.bellUnread': 'Notifications ({count} unread)',
  'nt.unreadCount': '{count} unread',
  'nt.unread': 'Unread',
  'nt.readAll': 'Mark all as read',
  'nt.empty': 'No notifications',
  'nt.loadFailed': 'Notifications could not be loaded; please try again later',
  'nt.actionFailed': 'That did not work; please try again later',
  'nt.kind.escalation': 'Escalated',
};
