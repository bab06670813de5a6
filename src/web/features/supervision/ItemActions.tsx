import { Alert, App, Button, Card, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { ActionModal } from './ActionModal';
import { CONFIRM_ONLY } from './actions';
import { useItemAction } from './queries';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import type { ActionType, ItemDetail } from './types';

const DANGER: readonly ActionType[] = ['returned', 'extension_refused'];

/** 下一步: the actions the signed-in user may take now, each a button opening its small form. */
export function ItemActions({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const act = useItemAction(item.id);
  const [open, setOpen] = useState<ActionType | null>(null);
  // The server answers what the caller may do now (and checks it again when it is done).
  const actions = item.actions;

  const confirm = (type: ActionType) =>
    act.mutateAsync({ type } as { type: 'acknowledged' | 'closed' }).then(
      () => void message.success(t('sv.action.done', { action: t(`sv.action.${type}`) })),
      (error: unknown) => void message.error(errorMessage(t, error)),
    );

  return (
    <Card size="small" title={t('sv.section.actions')} className="tj-sv-actions" data-testid="sv-actions">
      {item.pendingExtension && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('sv.pendingExtension', {
            days: item.pendingExtension.days,
            at: shanghaiDateTime(item.pendingExtension.at),
          })}
        />
      )}
      {item.closedAt && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('sv.closedAt', { at: shanghaiDateTime(item.closedAt) })}
        />
      )}
      {actions.length === 0 ? (
        <div className="tj-muted">{t('sv.noActions')}</div>
      ) : (
        <Space wrap className="tj-sv-action-buttons">
          {actions.map((type, i) =>
            CONFIRM_ONLY.includes(type) ? (
              <Popconfirm
                key={type}
                title={t(type === 'closed' ? 'sv.action.confirmClosed' : 'sv.action.confirmAcknowledged')}
                okText={t('common.submit')}
                cancelText={t('common.cancel')}
                onConfirm={() => confirm(type)}
              >
                <Button
                  type={i === 0 ? 'primary' : 'default'}
                  loading={act.isPending}
                  data-testid={`sv-do-${type}`}
                >
                  {t(`sv.action.${type}`)}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                key={type}
                type={i === 0 && !DANGER.includes(type) ? 'primary' : 'default'}
                danger={DANGER.includes(type)}
                onClick={() => setOpen(type)}
                data-testid={`sv-do-${type}`}
              >
                {t(`sv.action.${type}`)}
              </Button>
            ),
          )}
        </Space>
      )}
      <ActionModal item={item} type={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
