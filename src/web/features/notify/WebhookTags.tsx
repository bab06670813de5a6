import { Tag } from 'antd';
import type { WebhookKind } from '../../../domain/notify/webhooks';
import { useT } from '../../i18n/useT';
import type { Webhook } from './types';

/** 钉钉 / 企业微信. */
export function KindTag({ kind }: { kind: WebhookKind }) {
  const t = useT();
  return (
    <Tag color={kind === 'dingtalk' ? 'blue' : 'green'} data-testid="webhook-kind">
      {t(`nf.kind.${kind}`)}
    </Tag>
  );
}

/** 待发 / 已发 / 失败 of a robot's messages; the failed ones in red, opening their list. */
export function DeliveryCounts({ hook, onFailed }: { hook: Webhook; onFailed: () => void }) {
  const t = useT();
  return (
    <span className="tj-nf-counts" data-testid="webhook-counts">
      <span className="tj-muted">{t('nf.count.pending', { n: hook.pending })}</span>
      <span className="tj-muted">{t('nf.count.sent', { n: hook.sent })}</span>
      {hook.failed > 0 ? (
        <button type="button" className="tj-nf-failed" onClick={onFailed} data-testid="webhook-failed">
          {t('nf.count.failed', { n: hook.failed })}
        </button>
      ) : (
        <span className="tj-muted">{t('nf.count.failed', { n: 0 })}</span>
      )}
    </span>
  );
}
