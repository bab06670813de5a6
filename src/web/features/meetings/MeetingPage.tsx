import { Button, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/useT';
import { DetailCrumb, DetailStatus } from '../../lib/DetailPageFrame';
import { formatDate } from '../../lib/format';
import { ReloadIcon } from '../../lib/icons';
import { canCreateSupervision } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { AgendaSections, AgendaSummary } from './AgendaSections';
import { DecisionDrawer, type DecisionTarget } from './DecisionDrawer';
import { DecisionsCard } from './DecisionsCard';
import { PrintIcon } from './icons';
import { canWriteMeetings } from './permissions';
import { MinutesCard, MinutesText } from './MinutesCard';
import { useMeeting } from './queries';
import { useAgendaSections } from './useAgendaSections';
import './meetings.css';

/** /meetings/:id: the agenda as kept when the meeting was called, its minutes and its decisions. */
export function MeetingPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const query = useMeeting(id);
  const sections = useAgendaSections(query.data?.agenda);
  const [decision, setDecision] = useState<DecisionTarget | null>(null);
  if (query.isPending || query.error || !query.data) {
    return (
      <DetailStatus
        listPath="/meetings"
        listTitle={t('mt.title')}
        pending={query.isPending}
        error={query.error}
      />
    );
  }
  const m = query.data;
  const canDecide = canCreateSupervision(me.role);

  return (
    <div className="tj-mt-print">
      <div className="tj-no-print">
        <DetailCrumb listPath="/meetings" listTitle={t('mt.title')} crumb={m.title} />
      </div>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title" data-testid="mt-title">
            {m.title}
          </h1>
          <div className="tj-page-subtitle">
            {t('mt.heldOn', { date: formatDate(m.heldOn) })} ·{' '}
            {t('mt.agendaAsOf', { date: formatDate(m.agenda.date) })}
          </div>
        </div>
        <Space className="tj-no-print" wrap>
          <Button
            icon={<ReloadIcon />}
            onClick={() => void query.refetch()}
            loading={query.isFetching}
            aria-label={t('common.reload')}
          />
          <Button icon={<PrintIcon />} onClick={() => window.print()} data-testid="mt-print">
            {t('mt.print')}
          </Button>
        </Space>
      </div>
      <div className="tj-mt-layout">
        <div className="tj-mt-main">
          <div className="tj-mt-o1">
            <AgendaSummary sections={sections} />
          </div>
          <div className="tj-mt-o3">
            <AgendaSections
              sections={sections}
              onDecide={canDecide ? (prefill, from) => setDecision({ prefill, from }) : undefined}
            />
          </div>
        </div>
        <aside className="tj-mt-side">
          <div className="tj-mt-o2">
            <DecisionsCard
              decisions={m.decisions}
              onNew={canDecide ? () => setDecision({ prefill: {} }) : undefined}
            />
          </div>
          <div className="tj-mt-o4">
            <MinutesCard
              key={m.id}
              meeting={m}
              canEdit={canWriteMeetings(me.role)}
              onReload={() => void query.refetch()}
            />
          </div>
          <section className="tj-mt-print-only tj-mt-printed-minutes tj-mt-o5">
            <h3>{t('mt.printed.minutes')}</h3>
            <MinutesText meeting={m} />
          </section>
        </aside>
      </div>
      <DecisionDrawer
        meetingId={m.id}
        target={decision}
        knownIds={m.decisions.map((d) => d.id)}
        onClose={() => setDecision(null)}
      />
    </div>
  );
}
