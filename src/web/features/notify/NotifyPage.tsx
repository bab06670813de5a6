import { Badge, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { DeliveriesTab } from './DeliveriesTab';
import { useFailedCount } from './queries';
import { UnitHeadsTab } from './UnitHeadsTab';
import { WebhooksTab } from './WebhooksTab';
import './notify.css';

const TABS = ['robots', 'deliveries', 'heads'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

/**
 * /notify (city admin, supervision office): the units' DingTalk and WeCom group robots, what became
 * of the messages sent to them, and the unit heads who get escalations. The tab is in the URL.
 */
export function NotifyPage() {
  const t = useT();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('tab');
  const active: Tab = isTab(wanted) ? wanted : 'robots';
  const failed = useFailedCount().data ?? 0;

  /** Opens the deliveries, optionally of one robot and one status. */
  const showDeliveries = (filter: { webhookId?: string; status?: string }) => {
    const next = new URLSearchParams();
    next.set('tab', 'deliveries');
    if (filter.status) next.set('status', filter.status);
    if (filter.webhookId) next.set('webhookId', filter.webhookId);
    setParams(next);
  };

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('nf.title')}</h1>
          <div className="tj-page-subtitle">{t('nf.subtitle')}</div>
        </div>
      </div>
      <Tabs
        data-testid="notify-tabs"
        activeKey={active}
        tabBarGutter={mobile ? 20 : undefined}
        destroyOnHidden
        onChange={(key) => setParams(key === 'robots' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'robots',
            label: <span data-testid="notify-tab-robots">{t('nf.tab.robots')}</span>,
            children: <WebhooksTab onShowDeliveries={showDeliveries} />,
          },
          {
            key: 'deliveries',
            label: (
              <Badge count={failed} size="small" offset={[10, -4]} overflowCount={999}>
                <span data-testid="notify-tab-deliveries" data-failed={failed}>
                  {t('nf.tab.deliveries')}
                </span>
              </Badge>
            ),
            children: <DeliveriesTab failedCount={failed} />,
          },
          {
            key: 'heads',
            label: <span data-testid="notify-tab-heads">{t('nf.tab.heads')}</span>,
            children: <UnitHeadsTab />,
          },
        ]}
      />
    </>
  );
}
