import { Alert, Card, Empty, Spin, Timeline } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatDateTimeShort } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { TransitionModal } from '../projects/TransitionModal';
import type { AllowedTransition, Project } from '../projects/types';
import { MilestoneCards, MilestoneTable } from './MilestoneRows';
import { PlanDialog } from './PlanDialog';
import { useMilestones } from './queries';
import type { MilestoneView, PlanChange } from './types';

type Props = { project: Project; canWrite: boolean; onReload: () => void };

function PlanChanges({ changes }: { changes: PlanChange[] }) {
  const t = useT();
  const items = [...changes].reverse();
  return (
    <Card
      title={t('milestone.changes', { count: changes.length })}
      variant="borderless"
      data-testid="plan-changes"
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('milestone.noChanges')} />
      ) : (
        <Timeline
          items={items.map((c) => ({
            key: c.id,
            color: 'blue',
            content: (
              <div data-testid="plan-change">
                <div>
                  {t('history.plan', {
                    stage: t.label('stage', c.milestone),
                    from: formatDate(c.fromOn) || '—',
                    to: formatDate(c.toOn),
                  })}
                </div>
                <div className="tj-timeline-text">{t('history.reason', { reason: c.reason })}</div>
                <div className="tj-muted tj-log-meta">
                  {t('milestone.changedBy', { name: c.actorName, time: formatDateTimeShort(c.createdAt) })}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** 履约节点: the six milestones, contract deadline vs (revised) plan vs actual, and the plan changes. */
export function MilestonesPanel({ project, canWrite, onReload }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const query = useMilestones(project.id, project.version);
  const [planning, setPlanning] = useState<MilestoneView | null>(null);
  const [recording, setRecording] = useState<AllowedTransition | null>(null);

  if (query.error) return <Alert type="error" showIcon title={errorMessage(t, query.error)} />;
  if (!query.data) return <Spin style={{ display: 'block', margin: '40px auto' }} />;
  const data = query.data;
  const rows = {
    project,
    milestones: data.milestones,
    canWrite,
    onPlan: setPlanning,
    onRecord: setRecording,
  };
  return (
    <div className="tj-delivery-stack" data-testid="milestones-panel">
      <Card title={t('milestone.title')} variant="borderless" data-testid="milestones">
        <p className="tj-muted" style={{ marginTop: 0 }}>
          {t('milestone.hint')}
        </p>
        {mobile ? <MilestoneCards {...rows} /> : <MilestoneTable {...rows} />}
      </Card>
      <PlanChanges changes={data.planChanges} />
      {canWrite && (
        <PlanDialog
          projectId={project.id}
          version={project.version}
          signedOn={data.signedOn}
          milestone={planning}
          onClose={() => setPlanning(null)}
        />
      )}
      <TransitionModal
        project={project}
        transition={recording}
        onClose={() => setRecording(null)}
        onReload={onReload}
      />
    </div>
  );
}
