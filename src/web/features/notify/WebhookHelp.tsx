import { Collapse } from 'antd';
import { useT } from '../../i18n/useT';
import { useSettings } from '../settings/queries';

/** Where a group robot's Webhook address comes from, in DingTalk and in WeCom; where links point. */
export function WebhookHelp() {
  const t = useT();
  const settings = useSettings();
  const setting = settings.data?.find((s) => (s.key as string) === 'notify.publicUrl');
  const publicUrl = typeof setting?.value === 'string' ? setting.value : '';
  return (
    <Collapse
      className="tj-nf-help"
      size="small"
      data-testid="webhook-help"
      items={[
        {
          key: 'how',
          label: t('nf.help.title'),
          children: (
            <div className="tj-nf-help-body">
              <p>
                <strong>{t('nf.kind.dingtalk')}</strong>
                {t('nf.help.dingtalk')}
              </p>
              <p>
                <strong>{t('nf.kind.wecom')}</strong>
                {t('nf.help.wecom')}
              </p>
              <p className="tj-muted">{t('nf.help.safety')}</p>
              {settings.data && (
                <p className="tj-muted" data-testid="webhook-help-link">
                  {publicUrl ? t('nf.help.publicUrl', { url: publicUrl }) : t('nf.help.noPublicUrl')}
                </p>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
