/** Chinese messages: the notification centre in the header. */
export const zhNotifications = {
  'nt.title': '消息通知',
  'nt.bellUnread': '消息通知（{count} 条未读）',
  'nt.unreadCount': '{count} 条未读',
  'nt.unread': '未读',
  'nt.readAll': '全部标为已读',
  'nt.empty': '暂无消息',
  'nt.loadFailed': '消息加载失败，请稍后重试',
  'nt.actionFailed': '操作失败，请稍后重试',
  'nt.kind.escalation': '升级督办',
};
