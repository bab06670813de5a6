import { Alert, App, Button, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { DELIVERY_STATUSES, MAX_ATTEMPTS, type DeliveryStatus } from '../../../domain/notify/webhooks';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDateTimeShort } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { useDeliveries, useRetryDelivery, useWebhooks } from './queries';
import type { Delivery } from './types';
import { KindTag } from './WebhookTags';

const PAGE_SIZE = 20;
const STATUS_COLOUR: Record<DeliveryStatus, string> = { pending: 'gold', sent: 'green', failed: 'red' };
const isStatus = (v: string | null): v is DeliveryStatus =>
  v !== null && (DELIVERY_STATUSES as readonly string[]).includes(v);

/**
 * 推送记录: messages to the robots, newest first; failed ones first by default (while there are
 * any), each with its error and 重新发送. The filters are in the URL.
 */
export function DeliveriesTab({ failedCount }: { failedCount: number }) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('status');
  const status: DeliveryStatus | 'all' =
    isStatus(wanted) || wanted === 'all' ? wanted : failedCount > 0 ? 'failed' : 'all';
  const webhookId = params.get('webhookId') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const hooks = useWebhooks();
  const list = useDeliveries({
    status: status === 'all' ? undefined : status,
    webhookId,
    page,
    pageSize: PAGE_SIZE,
  });
  const retry = useRetryDelivery();

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const resend = (d: Delivery) =>
    retry.mutate(d.id, {
      onSuccess: () => void message.success(t('nf.delivery.retried')),
      onError: (error) => void message.error(errorMessage(t, error)),
    });

  const item = (d: Delivery) => (
    <div className="tj-nf-item">
      {d.itemId && d.itemCode ? (
        <Link to={`/supervision/${d.itemId}`} data-testid="delivery-item">
          {d.itemCode}
        </Link>
      ) : (
        <Tag>{t('nf.delivery.test')}</Tag>
      )}
      <div className="tj-muted tj-nf-title">
        {d.itemCode && d.title.startsWith(`${d.itemCode} `) ? d.title.slice(d.itemCode.length + 1) : d.title}
      </div>
    </div>
  );
  const statusCell = (d: Delivery) => (
    <div>
      <Tag color={STATUS_COLOUR[d.status]} data-testid="delivery-status">
        {t(`nf.status.${d.status}`)}
      </Tag>
      {d.status === 'sent' && d.sentAt && (
        <div className="tj-muted tj-nf-small">{formatDateTimeShort(d.sentAt)}</div>
      )}
      {d.status === 'pending' && d.attempts > 0 && (
        <div className="tj-muted tj-nf-small">
          {t('nf.delivery.next', { at: formatDateTimeShort(d.nextAttemptAt) })}
        </div>
      )}
      {/* A test is tried once (the server marks a failed one as past the last attempt). */}
      {d.status !== 'sent' && d.itemId !== null && d.attempts > 0 && (
        <div className="tj-muted tj-nf-small">
          {t('nf.delivery.attempts', { n: Math.min(d.attempts, MAX_ATTEMPTS), max: MAX_ATTEMPTS })}
        </div>
      )}
    </div>
  );
  const error = (d: Delivery) =>
    d.lastError ? (
      <Typography.Text type="danger" className="tj-nf-error" ellipsis={{ tooltip: d.lastError }}>
        {d.lastHttpStatus !== null && !d.lastError.startsWith('HTTP') ? `HTTP ${d.lastHttpStatus} · ` : ''}
        {d.lastError}
      </Typography.Text>
    ) : (
      <span className="tj-muted">—</span>
    );
  const action = (d: Delivery) =>
    d.status === 'failed' ? (
      <Button
        size="small"
        loading={retry.isPending && retry.variables === d.id}
        onClick={() => resend(d)}
        data-testid="delivery-retry"
      >
        {t('nf.delivery.retry')}
      </Button>
    ) : null;
  const robot = (d: Delivery) => (
    <div>
      <div>
        {d.webhookName} <KindTag kind={d.kind} />
      </div>
      <div className="tj-muted tj-nf-small">{d.unit.name}</div>
    </div>
  );

  const columns: TableColumnsType<Delivery> = mobile
    ? [
        {
          key: 'all',
          render: (_, d) => (
            <div className="tj-nf-card">
              <div className="tj-nf-card-head">
                {item(d)}
                {statusCell(d)}
              </div>
              {robot(d)}
              <div className="tj-muted tj-nf-small">{formatDateTimeShort(d.createdAt)}</div>
              {d.lastError && error(d)}
              {action(d)}
            </div>
          ),
        },
      ]
    : [
        { title: t('nf.col.createdAt'), dataIndex: 'createdAt', width: 120, render: formatDateTimeShort },
        { title: t('nf.col.item'), key: 'item', width: 200, render: (_, d) => item(d) },
        { title: t('nf.col.robot'), key: 'robot', width: 200, render: (_, d) => robot(d) },
        { title: t('nf.col.status'), key: 'status', width: 180, render: (_, d) => statusCell(d) },
        { title: t('nf.col.error'), key: 'error', render: (_, d) => error(d) },
        { title: t('common.actions'), key: 'action', width: 110, render: (_, d) => action(d) },
      ];

  return (
    <>
      <div className="tj-filters">
        <Segmented<DeliveryStatus | 'all'>
          value={status}
          onChange={(v) => set({ status: v })}
          data-testid="delivery-status-filter"
          options={(['failed', 'pending', 'sent', 'all'] as const).map((s) => ({
            value: s,
            label:
              s === 'failed' && failedCount > 0
                ? `${t('nf.status.failed')} ${failedCount}`
                : t(`nf.status.${s}`),
          }))}
        />
        <Select<string>
          allowClear
          value={webhookId}
          onChange={(v) => set({ webhookId: v })}
          placeholder={t('nf.filter.allRobots')}
          className="tj-nf-robot-filter"
          showSearch={{ optionFilterProp: 'label' }}
          options={(hooks.data ?? []).map((h) => ({ value: h.id, label: `${h.unit.name} · ${h.name}` }))}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(t, list.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<Delivery>
        data-testid="deliveries-table"
        rowKey="id"
        size="middle"
        showHeader={!mobile}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={mobile ? undefined : { x: 960 }}
        locale={{ emptyText: t(status === 'failed' ? 'nf.delivery.noneFailed' : 'nf.delivery.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: (p) => set({ page: String(p) }),
        }}
      />
    </>
  );
}
