import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PIPELINE_STAGES } from '../../../domain/lifecycle/stages';
import { useT } from '../../i18n/useT';
import { DetailCrumb, DetailStatus } from '../../lib/DetailPageFrame';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { MapPinIcon, ReloadIcon } from '../../lib/icons';
import { canDeleteProjects, canWriteProjects } from '../auth/permissions';
import { ProjectChainNodesCard } from '../atlas-edit/ProjectChainNodesCard';
import { useCurrentUser } from '../auth/queries';
import { DeliveryTabs } from '../delivery/DeliveryTabs';
import { overdueMilestonesOf } from '../delivery/overdue';
import { OverdueTags } from '../delivery/OverdueTags';
import { WorkTeamCard } from '../delivery/WorkTeamCard';
import { NotesSection } from '../pipeline/NotesSection';
import { VisitsSection } from '../pipeline/VisitsSection';
import { ProjectItemsCard } from '../supervision/ProjectItemsCard';
import { RaiseItemButton } from '../supervision/RaiseItemButton';
import { DuplicateAlerts } from './DuplicateAlerts';
import { Money } from './Money';
import { ProjectDescriptions } from './ProjectDescriptions';
import { ProjectFormDrawer } from './ProjectFormDrawer';
import { ProjectLifecycle } from './ProjectLifecycle';
import { useDeleteProject, useProject } from './queries';
import { StageTag } from './StageTag';
import { TransitionActions } from './TransitionActions';
import { TransitionTimeline } from './TransitionTimeline';
import '../pipeline/pipeline.css';
import './projects.css';

/** /projects/:id: header, lifecycle, fields, transition actions and history; once signed, the delivery tabs. */
export function ProjectDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const query = useProject(id);
  const remove = useDeleteProject();
  const [editing, setEditing] = useState(false);
  const reload = () => void query.refetch();
  if (query.isPending || query.error || !query.data) {
    return (
      <DetailStatus
        listPath="/projects"
        listTitle={t('projects.title')}
        pending={query.isPending}
        error={query.error}
      />
    );
  }
  const p = query.data;
  const canWrite = canWriteProjects(me.role);
  const pipeline = PIPELINE_STAGES.includes(p.stage);
  const overview = (
    <div className="tj-detail-grid">
      <div>
        {pipeline && <VisitsSection projectId={p.id} canWrite={canWrite} />}
        {pipeline && <NotesSection projectId={p.id} canWrite={canWrite} />}
        <ProjectDescriptions project={p} />
        {!pipeline && <VisitsSection projectId={p.id} canWrite={canWrite} />}
        {!pipeline && <NotesSection projectId={p.id} canWrite={canWrite} />}
      </div>
      <div>
        <TransitionActions project={p} canWrite={canWrite} onReload={reload} />
        <ProjectItemsCard projectId={p.id} />
        <ProjectChainNodesCard projectId={p.id} canWrite={canWrite} />
        {p.signedOn && <WorkTeamCard projectId={p.id} canWrite={canWrite} />}
        <TransitionTimeline project={p} />
      </div>
    </div>
  );

  return (
    <>
      <DetailCrumb listPath="/projects" listTitle={t('projects.title')} crumb={p.code} />
      <div className="tj-detail-head" data-testid="project-header">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap align="start">
          <div>
            <h1 className="tj-detail-title">
              <span data-testid="project-title">{p.name}</span>
              <StageTag stage={p.stage} />
              <OverdueTags project={p} testId="project-overdue" />
            </h1>
            <div className="tj-detail-meta">
              <span>{p.code}</span>
              <span>
                <MapPinIcon /> {p.regionName}
              </span>
              <span>
                {t('project.field.totalInvestment')} <Money yuan={p.totalInvestment} />
              </span>
              <span>{t('projects.investor', { name: p.investorName })}</span>
            </div>
          </div>
          <Space wrap>
            <Button
              icon={<ReloadIcon />}
              onClick={reload}
              loading={query.isFetching}
              aria-label={t('common.reload')}
            />
            <RaiseItemButton project={p} />
            {canWrite && (
              <Button onClick={() => setEditing(true)} data-testid="project-edit">
                {t('common.edit')}
              </Button>
            )}
            {canDeleteProjects(me.role) && (
              <Popconfirm
                title={t('project.deleteConfirm', { name: p.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutateAsync(p.id).then(
                    () => {
                      void message.success(t('project.deleted'));
                      void navigate('/projects', { replace: true });
                    },
                    (error: unknown) => void message.error(errorMessage(t, error)),
                  )
                }
              >
                <Button danger data-testid="project-delete">
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
        <DuplicateAlerts project={p} />
        {p.overdueStart && !overdueMilestonesOf(p).includes('started') && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            title={t('project.overdueAlert', { date: formatDate(p.startBy) })}
          />
        )}
      </div>
      <div style={{ marginBottom: 16 }}>
        <ProjectLifecycle project={p} />
      </div>
      <DeliveryTabs project={p} canWrite={canWrite} onReload={reload} overview={overview} />
      {canWrite && (
        <ProjectFormDrawer
          open={editing}
          project={p}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={reload}
        />
      )}
    </>
  );
}
