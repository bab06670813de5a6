import { Alert, Button, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { DetailCrumb, DetailStatus } from '../../lib/DetailPageFrame';
import { formatDate } from '../../lib/format';
import { MapPinIcon, ReloadIcon } from '../../lib/icons';
import { canManageSigning, canProposeSigning } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { Money } from '../projects/Money';
import { AgendaTab } from './AgendaTab';
import { ArrangementTab } from './ArrangementTab';
import { type EventFormMode, EventFormDrawer } from './EventFormDrawer';
import { EventKindTag, EventStatusTag } from './EventTags';
import { useSigningEvent } from './queries';
import { ReportTab } from './ReportTab';
import { SignAllButton } from './SignAllButton';
import '../projects/projects.css';
import './signing.css';

const TABS = ['agenda', 'arrangement', 'report'] as const;
type Tab = (typeof TABS)[number];

/** /signing-days/:id: one signing event — agenda, arrangements, and its statistics and release. */
export function SigningEventPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useSigningEvent(id);
  const [form, setForm] = useState<EventFormMode | null>(null);
  if (query.isPending || query.error || !query.data) {
    return (
      <DetailStatus
        listPath="/signing-days"
        listTitle={t('signing.title')}
        pending={query.isPending}
        error={query.error}
      />
    );
  }
  const e = query.data;
  const canManage = canManageSigning(me.role);
  const fromUrl = searchParams.get('tab');
  const tab: Tab = TABS.includes(fromUrl as Tab)
    ? (fromUrl as Tab)
    : e.status === 'held'
      ? 'report'
      : 'agenda';
  const moved = e.scheduledOn && e.scheduledOn !== e.heldOn;

  return (
    <>
      <DetailCrumb listPath="/signing-days" listTitle={t('signing.title')} crumb={e.title} />
      <div className="tj-detail-head" data-testid="signing-event-header">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap align="start">
          <div>
            <h1 className="tj-detail-title">
              <span data-testid="signing-event-title">{e.title}</span>
              <EventKindTag kind={e.kind} />
              <EventStatusTag event={e} />
            </h1>
            <div className="tj-event-head-meta">
              <span>
                {formatDate(e.heldOn)}
                {moved && (
                  <span className="tj-muted">
                    （{t('signing.movedFrom', { date: formatDate(e.scheduledOn) })}）
                  </span>
                )}
              </span>
              {e.mainVenue && (
                <span>
                  <MapPinIcon /> {e.mainVenue}
                </span>
              )}
              <span>{t('signing.subVenueCount', { count: e.subVenues.length })}</span>
              <span>
                {t('signing.signedCount', { count: e.signedCount })} ·{' '}
                <Money yuan={e.signedTotalInvestment} />
              </span>
            </div>
          </div>
          <Space wrap>
            <Button
              icon={<ReloadIcon />}
              onClick={() => void query.refetch()}
              loading={query.isFetching}
              aria-label={t('common.reload')}
            />
            {canManage && e.status !== 'cancelled' && (
              <Button onClick={() => setForm({ mode: 'edit', event: e })} data-testid="signing-edit">
                {t('signing.edit')}
              </Button>
            )}
            {canManage && <SignAllButton event={e} />}
          </Space>
        </Space>
        {e.status === 'cancelled' && (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('signing.cancelledNote')} />
        )}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        data-testid="signing-tabs"
        items={[
          {
            key: 'agenda',
            label: t('signing.tab.agenda', {
              count: e.agenda.filter((a) => a.status !== 'withdrawn').length,
            }),
            children: <AgendaTab event={e} canPropose={canProposeSigning(me.role)} />,
          },
          { key: 'arrangement', label: t('signing.tab.arrangement'), children: <ArrangementTab event={e} /> },
          { key: 'report', label: t('signing.tab.report'), children: <ReportTab event={e} /> },
        ]}
      />
      <EventFormDrawer target={form} onClose={() => setForm(null)} onSaved={() => setForm(null)} />
    </>
  );
}
