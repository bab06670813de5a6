import { Button, Empty, Spin, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/useT';
import { shortDateTime } from '../../lib/shanghaiTime';
import type { AppNotification, NotificationList as List } from './types';

type Props = {
  list: List | undefined;
  loading: boolean;
  failed: boolean;
  markingAll: boolean;
  onOpen: (item: AppNotification) => void;
  onReadAll: () => void;
  /** The drawer shows its own title: the panel then omits it. */
  showTitle: boolean;
};

/** The notification centre's panel: title and "mark all read", then the newest notifications. */
export function NotificationPanel({
  list,
  loading,
  failed,
  markingAll,
  onOpen,
  onReadAll,
  showTitle,
}: Props) {
  const { t } = useI18n();
  const items = list?.items ?? [];
  const unread = list?.unread ?? 0;
  return (
    <div className="tj-nt-panel" data-testid="notification-panel">
      <div className="tj-nt-head">
        <Typography.Text strong={showTitle} type={showTitle ? undefined : 'secondary'}>
          {showTitle ? t('nt.title') : t('nt.unreadCount', { count: unread })}
        </Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={markingAll}
          onClick={onReadAll}
          data-testid="notification-read-all"
        >
          {t('nt.readAll')}
        </Button>
      </div>
      {loading && !list ? (
        <div style={{ padding: 24, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : failed && !list ? (
        <Typography.Paragraph type="danger" style={{ padding: 16, margin: 0 }}>
          {t('nt.loadFailed')}
        </Typography.Paragraph>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nt.empty')} />
      ) : (
        <ul className="tj-nt-list">
          {items.map((item) => (
            <li key={item.id}>
              <NotificationRow item={item} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NotificationRow({
  item,
  onOpen,
}: {
  item: AppNotification;
  onOpen: (item: AppNotification) => void;
}) {
  const { t, locale } = useI18n();
  const unread = item.readAt === null;
  const escalation = item.kind === 'escalation';
  const classes = ['tj-nt-item', unread ? 'is-unread' : '', escalation ? 'is-escalation' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      onClick={() => onOpen(item)}
      data-testid="notification-item"
      data-kind={item.kind}
      data-unread={unread ? 'true' : 'false'}
    >
      <span className="tj-nt-title">
        {unread && <span className="tj-nt-dot" role="img" aria-label={t('nt.unread')} />}
        {escalation && (
          <Tag color="error" style={{ marginInlineEnd: 0 }}>
            {t('nt.kind.escalation')}
          </Tag>
        )}
        <span>{item.title}</span>
      </span>
      {item.body && <div className="tj-nt-body">{item.body}</div>}
      <div className="tj-nt-time">{shortDateTime(item.createdAt, locale)}</div>
    </button>
  );
}
