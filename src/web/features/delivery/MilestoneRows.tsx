import { Button, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import type { AllowedTransition, Project } from '../projects/types';
import { EvidenceThumbs } from './EvidenceThumbs';
import { canRevisePlan, milestoneStatus, transitionTo } from './milestoneState';
import type { MilestoneView } from './types';

type Props = {
  project: Project;
  milestones: MilestoneView[];
  canWrite: boolean;
  onPlan: (m: MilestoneView) => void;
  onRecord: (a: AllowedTransition) => void;
};

const dash = (d: string | null) => formatDate(d) || '—';
const revised = (m: MilestoneView) => m.plannedOn !== null && m.plannedOn !== m.contractOn && m.planReason;

function StatusTag({ m, all }: { m: MilestoneView; all: MilestoneView[] }) {
  const t = useT();
  const s = milestoneStatus(m, all);
  return (
    <Tag color={s.color} data-testid="milestone-status" style={{ marginInlineEnd: 0 }}>
      {t(s.key, { days: s.days ?? 0 })}
    </Tag>
  );
}

function Actions({
  m,
  project,
  canWrite,
  onPlan,
  onRecord,
}: Omit<Props, 'milestones'> & { m: MilestoneView }) {
  const t = useT();
  if (!canWrite) return null;
  const next = transitionTo(m, project);
  return (
    <div className="tj-milestone-actions">
      {next && (
        <Button size="small" type="primary" onClick={() => onRecord(next)} data-testid="milestone-record">
          {t('milestone.record', { stage: t.label('stage', m.milestone) })}
        </Button>
      )}
      {canRevisePlan(m, project) && (
        <Button size="small" onClick={() => onPlan(m)} data-testid="milestone-plan">
          {t('milestone.adjust')}
        </Button>
      )}
    </div>
  );
}

function Details({ m, projectId }: { m: MilestoneView; projectId: string }) {
  const t = useT();
  return (
    <>
      {m.skipped && m.skipReason && (
        <div className="tj-milestone-note">
          {t('milestone.skipReason', { reason: t.label('skipReason', m.skipReason) })}
        </div>
      )}
      {revised(m) && (
        <div className="tj-milestone-note">{t('milestone.planReason', { reason: m.planReason ?? '' })}</div>
      )}
      {m.note && (
        <div className="tj-milestone-note">
          {t('milestone.notePrefix')}
          {m.note}
        </div>
      )}
      <EvidenceThumbs projectId={projectId} files={m.evidence} size={48} testId="milestone-evidence" />
    </>
  );
}

/** Desktop: one table row per milestone. */
export function MilestoneTable(props: Props) {
  const t = useT();
  const { project, milestones } = props;
  const columns: TableColumnsType<MilestoneView> = [
    {
      title: t('milestone.col.milestone'),
      dataIndex: 'milestone',
      width: 96,
      render: (_, m) => <strong>{t.label('stage', m.milestone)}</strong>,
    },
    { title: t('milestone.col.contract'), dataIndex: 'contractOn', width: 112, render: dash },
    {
      title: t('milestone.col.plan'),
      dataIndex: 'plannedOn',
      width: 150,
      render: (_, m) => (
        <span className="tj-nowrap">
          {dash(m.plannedOn)}
          {revised(m) && (
            <Tooltip title={t('milestone.planReason', { reason: m.planReason ?? '' })}>
              <Tag color="blue" style={{ marginInlineStart: 6 }}>
                {t('milestone.revised')}
              </Tag>
            </Tooltip>
          )}
        </span>
      ),
    },
    { title: t('milestone.col.actual'), dataIndex: 'actualOn', width: 112, render: dash },
    {
      title: t('milestone.col.status'),
      key: 'status',
      width: 130,
      render: (_, m) => <StatusTag m={m} all={milestones} />,
    },
    {
      title: t('milestone.col.evidence'),
      key: 'evidence',
      render: (_, m) => <Details m={m} projectId={project.id} />,
    },
    ...(props.canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            render: (_: unknown, m: MilestoneView) => <Actions {...props} m={m} />,
          },
        ]
      : []),
  ];
  return (
    <Table<MilestoneView>
      data-testid="milestone-table"
      rowKey="milestone"
      size="middle"
      pagination={false}
      columns={columns}
      dataSource={milestones}
      scroll={{ x: 900 }}
      onRow={(m) => ({ 'data-milestone': m.milestone }) as Record<string, string>}
    />
  );
}

/** Phones: one card per milestone, dates stacked. */
export function MilestoneCards(props: Props) {
  const t = useT();
  const { project, milestones } = props;
  return (
    <div className="tj-milestone-cards" data-testid="milestone-cards">
      {milestones.map((m) => (
        <div key={m.milestone} className="tj-milestone-card" data-milestone={m.milestone}>
          <div className="tj-milestone-card-head">
            <strong>{t.label('stage', m.milestone)}</strong>
            <StatusTag m={m} all={milestones} />
          </div>
          <dl className="tj-milestone-dates">
            <dt>{t('milestone.col.contract')}</dt>
            <dd>{dash(m.contractOn)}</dd>
            <dt>{t('milestone.col.plan')}</dt>
            <dd>
              {dash(m.plannedOn)}
              {revised(m) && (
                <Tag color="blue" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                  {t('milestone.revised')}
                </Tag>
              )}
            </dd>
            <dt>{t('milestone.col.actual')}</dt>
            <dd>{dash(m.actualOn)}</dd>
          </dl>
          <Details m={m} projectId={project.id} />
          <Actions {...props} m={m} />
        </div>
      ))}
    </div>
  );
}
