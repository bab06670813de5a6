import { Alert, Card, Steps } from 'antd';
import { MAIN_PATH, stageIndex } from '../../../domain/lifecycle/stages';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { lastMainStage, reachedOn, skippedOnPath } from './lifecycle';
import type { Project } from './types';

/** Steps over the main path; the current stage highlighted; stalled / terminated shown in red. */
export function ProjectLifecycle({ project }: { project: Project }) {
  const t = useT();
  const mobile = useIsMobile();
  const last = lastMainStage(project);
  const current = last ? stageIndex(last) : 0;
  const dates = reachedOn(project);
  const skipped = skippedOnPath(project);
  const side = project.stage === 'stalled' || project.stage === 'terminated';
  const status = side ? 'error' : project.stage === 'at_capacity' ? 'finish' : 'process';

  return (
    <Card title={t('project.section.lifecycle')} variant="borderless" data-testid="project-lifecycle">
      {side && (
        <Alert
          type={project.stage === 'terminated' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            project.stage === 'stalled'
              ? t('project.stalledFrom', { stage: t.label('stage', project.stageBeforeStall) || '—' })
              : t('stage.terminated')
          }
          description={project.terminatedReason ?? undefined}
        />
      )}
      <Steps
        size="small"
        type={mobile ? 'dot' : 'default'}
        responsive={false}
        titlePlacement="vertical"
        current={current}
        status={status}
        className={mobile ? 'tj-steps-compact' : undefined}
        items={MAIN_PATH.map((stage, i) => {
          const wasSkipped = i < current && skipped.has(stage);
          return {
            title: t.label('stage', stage),
            disabled: wasSkipped,
            status: wasSkipped ? ('wait' as const) : undefined,
            content: mobile
              ? undefined
              : wasSkipped
                ? t('project.stageSkipped')
                : i === current && side
                  ? t.label('stage', project.stage)
                  : i <= current && dates[stage]
                    ? formatDate(dates[stage])
                    : undefined,
          };
        })}
      />
    </Card>
  );
}
