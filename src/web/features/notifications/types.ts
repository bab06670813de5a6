/** One in-app notification, as answered by `GET /api/notifications`. */
export type NotificationKind = 'reminder' | 'escalation';

export type AppNotification = {
  id: string;
  kind: NotificationKind | string;
  title: string;
  body: string;
  link: string | null;
  itemId: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationList = { unread: number; items: AppNotification[] };
