import { Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { isMainStage } from '../../../domain/lifecycle/stages';
import { useT } from '../../i18n/useT';
import { TransitionModal } from './TransitionModal';
import type { AllowedTransition, Project } from './types';

type Props = { project: Project; canWrite: boolean; onReload: () => void };

/** One button per allowed transition; each opens the transition modal. */
export function TransitionActions({ project, canWrite, onReload }: Props) {
  const t = useT();
  const [active, setActive] = useState<AllowedTransition | null>(null);

  const label = (a: AllowedTransition) => {
    if (a.to === 'stalled') return t('transition.stall');
    if (a.to === 'terminated') return t('transition.terminate');
    if (project.stage === 'stalled') return t('transition.resume', { stage: t.label('stage', a.to) });
    return t('transition.advance', { stage: t.label('stage', a.to) });
  };
  const forward = project.allowedTransitions.filter((a) => isMainStage(a.to));
  const side = project.allowedTransitions.filter((a) => !isMainStage(a.to));

  return (
    <Card title={t('project.section.actions')} variant="borderless" data-testid="project-actions">
      {!canWrite ? (
        <Typography.Text type="secondary">{t('project.readOnly')}</Typography.Text>
      ) : project.allowedTransitions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.noActions')} />
      ) : (
        <div className="tj-transition-actions">
          {forward.map((a, i) => (
            <Button
              key={a.to}
              type={i === 0 ? 'primary' : 'default'}
              data-testid={`transition-${a.to}`}
              onClick={() => setActive(a)}
            >
              {label(a)}
            </Button>
          ))}
          {side.map((a) => (
            <Button
              key={a.to}
              danger={a.to === 'terminated'}
              data-testid={`transition-${a.to}`}
              onClick={() => setActive(a)}
            >
              {label(a)}
            </Button>
          ))}
        </div>
      )}
      <TransitionModal
        project={project}
        transition={active}
        onClose={() => setActive(null)}
        onReload={onReload}
      />
    </Card>
  );
}
