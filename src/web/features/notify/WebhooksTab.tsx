import { Alert, App, Button, Space, Switch, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDateTimeShort } from '../../lib/format';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { useTestWebhook, useUpdateWebhook, useWebhooks } from './queries';
import { maskUrl } from './testHint';
import { TestResultAlert } from './TestResultAlert';
import type { TestResult, Webhook } from './types';
import { WebhookDrawer } from './WebhookDrawer';
import { WebhookHelp } from './WebhookHelp';
import { DeliveryCounts, KindTag } from './WebhookTags';

type Props = { onShowDeliveries: (filter: { webhookId?: string; status?: string }) => void };

const byUnit = (a: Webhook, b: Webhook) =>
  a.unit.kind.localeCompare(b.unit.kind) || a.unit.name.localeCompare(b.unit.name, 'zh-CN');

/** 群机器人: each unit's robots, switched on and off in place, tested, added and edited in a drawer. */
export function WebhooksTab({ onShowDeliveries }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const hooks = useWebhooks();
  const update = useUpdateWebhook();
  const test = useTestWebhook();
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [results, setResults] = useState<Record<string, TestResult>>({});
  const [testing, setTesting] = useState<string | null>(null);

  const sendTest = (hook: Webhook) => {
    setTesting(hook.id);
    test.mutate(hook.id, {
      onSuccess: (result) => setResults((r) => ({ ...r, [hook.id]: result })),
      onError: (error) => void message.error(errorMessage(t, error)),
      onSettled: () => setTesting(null),
    });
  };
  const dismiss = (id: string) =>
    setResults((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== id)));
  const toggle = (hook: Webhook, enabled: boolean) =>
    update.mutate(
      { id: hook.id, enabled },
      {
        onSuccess: () =>
          void message.success(
            t(enabled ? 'nf.webhook.enabledOn' : 'nf.webhook.enabledOff', { name: hook.name }),
          ),
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );

  const unitFilters = [...new Map((hooks.data ?? []).map((h) => [h.unit.id, h.unit.name])).entries()].map(
    ([value, text]) => ({ value, text }),
  );
  const robot = (h: Webhook) => (
    <div className="tj-nf-robot">
      <Space size={4} wrap>
        <span className="tj-nf-robot-name" data-testid="webhook-name">
          {h.name}
        </span>
        <KindTag kind={h.kind} />
        {h.hasSecret && <span className="tj-muted">{t('nf.webhook.signed')}</span>}
      </Space>
      <div className="tj-muted tj-nf-url" title={maskUrl(h.url)}>
        {maskUrl(h.url)}
      </div>
    </div>
  );
  const lastError = (h: Webhook) =>
    h.lastError ? (
      <Typography.Text type="danger" className="tj-nf-error" ellipsis={{ tooltip: h.lastError }}>
        {h.lastError}
      </Typography.Text>
    ) : (
      <span className="tj-muted">—</span>
    );
  const enabledSwitch = (h: Webhook) => (
    <Tooltip title={t('nf.field.enabledHint')}>
      <Switch
        size="small"
        checked={h.enabled}
        loading={update.isPending && update.variables.id === h.id}
        onChange={(on) => toggle(h, on)}
        aria-label={t('nf.col.enabled')}
        data-testid="webhook-enabled"
      />
    </Tooltip>
  );
  const actions = (h: Webhook) => (
    <Space size={0} wrap>
      <Button
        type="link"
        size="small"
        loading={testing === h.id}
        onClick={() => sendTest(h)}
        data-testid="webhook-test"
      >
        {t('nf.webhook.test')}
      </Button>
      <Button type="link" size="small" onClick={() => setEditing(h)} data-testid="webhook-edit">
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" onClick={() => onShowDeliveries({ webhookId: h.id })}>
        {t('nf.webhook.deliveries')}
      </Button>
    </Space>
  );

  const columns: TableColumnsType<Webhook> = mobile
    ? [
        {
          title: t('nf.col.robot'),
          key: 'all',
          render: (_, h) => (
            <div className="tj-nf-card">
              <div className="tj-nf-card-head">
                <span className="tj-nf-unit">{h.unit.name}</span>
                {enabledSwitch(h)}
              </div>
              {robot(h)}
              <DeliveryCounts
                hook={h}
                onFailed={() => onShowDeliveries({ webhookId: h.id, status: 'failed' })}
              />
              {h.lastSentAt && (
                <div className="tj-muted tj-nf-small">
                  {t('nf.webhook.lastSent', { at: formatDateTimeShort(h.lastSentAt) })}
                </div>
              )}
              {h.lastError && <div>{lastError(h)}</div>}
              {actions(h)}
            </div>
          ),
        },
      ]
    : [
        {
          title: t('nf.col.unit'),
          key: 'unit',
          width: 140,
          sorter: byUnit,
          filters: unitFilters,
          onFilter: (value, h) => h.unit.id === value,
          render: (_, h) => (
            <div>
              <div className="tj-nf-unit">{h.unit.name}</div>
              <div className="tj-muted">{t(`sv.unitKind.${h.unit.kind}`)}</div>
            </div>
          ),
        },
        { title: t('nf.col.robot'), key: 'robot', render: (_, h) => robot(h) },
        { title: t('nf.col.enabled'), key: 'enabled', width: 70, render: (_, h) => enabledSwitch(h) },
        {
          title: t('nf.col.counts'),
          key: 'counts',
          width: 180,
          render: (_, h) => (
            <>
              <DeliveryCounts
                hook={h}
                onFailed={() => onShowDeliveries({ webhookId: h.id, status: 'failed' })}
              />
              {h.lastSentAt && (
                <div className="tj-muted tj-nf-small">
                  {t('nf.webhook.lastSent', { at: formatDateTimeShort(h.lastSentAt) })}
                </div>
              )}
            </>
          ),
        },
        { title: t('nf.col.lastError'), key: 'lastError', width: 170, render: (_, h) => lastError(h) },
        { title: t('common.actions'), key: 'actions', width: 170, render: (_, h) => actions(h) },
      ];

  return (
    <>
      <div className="tj-nf-toolbar">
        <WebhookHelp />
        <Button
          type="primary"
          icon={<PlusIcon />}
          onClick={() => setEditing('new')}
          data-testid="webhook-add"
        >
          {t('nf.webhook.add')}
        </Button>
      </div>
      {hooks.error && (
        <Alert type="error" showIcon title={errorMessage(t, hooks.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<Webhook>
        data-testid="webhooks-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={hooks.data ?? []}
        loading={hooks.isPending}
        showHeader={!mobile}
        tableLayout={mobile ? undefined : 'fixed'}
        scroll={mobile ? undefined : { x: 960 }}
        pagination={false}
        locale={{ emptyText: t('nf.webhook.empty') }}
        onRow={(h) => ({ 'data-robot': h.name }) as HTMLAttributes<HTMLElement>}
        expandable={{
          showExpandColumn: false,
          expandedRowKeys: Object.keys(results),
          expandedRowRender: (h) => {
            const result = results[h.id];
            return result ? (
              <TestResultAlert name={h.name} result={result} onClose={() => dismiss(h.id)} />
            ) : null;
          },
        }}
      />
      <WebhookDrawer hook={editing} onClose={() => setEditing(null)} />
    </>
  );
}
