import { App, Button, Input, Segmented, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { canWriteProjects } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { useRegion } from '../org/regionContext';
import { ProjectFormDrawer } from '../projects/ProjectFormDrawer';
import { projectQuery, useProjectList } from '../projects/queries';
import { TransitionModal } from '../projects/TransitionModal';
import type { AllowedTransition, Project, ProjectListParams, ProjectSummary } from '../projects/types';
import { BOARD_COLUMN_SIZE, BOARD_STAGES, type BoardStage, boardMoveAllowed } from './board';
import { PipelineColumn } from './PipelineColumn';
import '../projects/projects.css';
import './pipeline.css';

function columnParams(region: string, q: string, stage: BoardStage): ProjectListParams {
  return {
    region,
    q,
    stage,
    industryCategory: '',
    minInvestment: '',
    maxInvestment: '',
    overdue: false,
    sort: stage === 'signed' ? 'signedOn' : 'updatedAt',
    order: 'desc',
    page: 1,
    pageSize: BOARD_COLUMN_SIZE,
  };
}

/** /pipeline: the 招商线索 board — leads, negotiations and signings; drag a card to move it on. */
export function PipelinePage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { regionId } = useRegion();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [phoneStage, setPhoneStage] = useState<BoardStage>('lead');
  const [dragging, setDragging] = useState<ProjectSummary | null>(null);
  const [opening, setOpening] = useState(false);
  const [active, setActive] = useState<{ project: Project; transition: AllowedTransition } | null>(null);
  const [creating, setCreating] = useState(false);
  const canWrite = canWriteProjects(me.role);
  const lead = useProjectList(columnParams(regionId, q, 'lead'));
  const negotiating = useProjectList(columnParams(regionId, q, 'negotiating'));
  const signed = useProjectList(columnParams(regionId, q, 'signed'));
  const columns = { lead, negotiating, signed };

  /** The same flow as the detail page: load the project, then ask for what the rule requires. */
  const begin = async (summary: ProjectSummary, to: string) => {
    const from = t.label('stage', summary.stage);
    const target = t.label('stage', to);
    if (!boardMoveAllowed(summary.stage, to as BoardStage)) {
      void message.warning(t('board.forbidden', { from, to: target }));
      return;
    }
    setOpening(true);
    try {
      const project = await client.fetchQuery({ ...projectQuery(summary.id), staleTime: 0 });
      const transition = project.allowedTransitions.find((a) => a.to === to);
      if (!transition) {
        void message.warning(t('board.notNow', { from: t.label('stage', project.stage), to: target }));
        return;
      }
      setActive({ project, transition });
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setOpening(false);
    }
  };

  const listLink = (stage: BoardStage) =>
    `/projects?stage=${stage}${regionId ? `&region=${regionId}` : ''}${q ? `&q=${encodeURIComponent(q)}` : ''}`;
  const shown: readonly BoardStage[] = mobile ? [phoneStage] : BOARD_STAGES;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('board.title')}</h1>
          <div className="tj-page-subtitle">
            {t(!canWrite ? 'board.subtitleReadOnly' : mobile ? 'board.subtitleMobile' : 'board.subtitle')}
          </div>
        </div>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusIcon />}
            onClick={() => setCreating(true)}
            data-testid="lead-create"
          >
            {t('board.newLead')}
          </Button>
        )}
      </div>
      <div className="tj-filters">
        <Input.Search
          className="tj-filter-search"
          allowClear
          placeholder={t('projects.filter.q')}
          value={typed}
          maxLength={LIMITS.search}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === '') setQ('');
          }}
          onSearch={(v) => setQ(v.trim())}
          data-testid="pipeline-search"
        />
        {mobile && (
          <Segmented<BoardStage>
            block
            style={{ width: '100%' }}
            value={phoneStage}
            onChange={setPhoneStage}
            data-testid="pipeline-stage-switch"
            options={BOARD_STAGES.map((s) => ({
              value: s,
              label: `${t.label('stage', s)} ${columns[s].data?.total ?? ''}`,
            }))}
          />
        )}
      </div>
      <Spin spinning={opening}>
        <div className="tj-board" data-testid="pipeline-board">
          {shown.map((stage) => (
            <PipelineColumn
              key={stage}
              stage={stage}
              page={columns[stage].data}
              loading={columns[stage].isFetching}
              error={columns[stage].error}
              canWrite={canWrite}
              dragging={dragging}
              listLink={listLink(stage)}
              onDragStart={setDragging}
              onDragEnd={() => setDragging(null)}
              onDrop={(p, to) => {
                setDragging(null);
                void begin(p, to);
              }}
              onAdvance={(p, to) => void begin(p, to)}
            />
          ))}
        </div>
      </Spin>
      {active && (
        <TransitionModal
          project={active.project}
          transition={active.transition}
          onClose={() => setActive(null)}
          onReload={() => void client.invalidateQueries({ queryKey: ['projects'] })}
        />
      )}
      {canWrite && (
        <ProjectFormDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={() => setCreating(false)}
        />
      )}
    </>
  );
}
