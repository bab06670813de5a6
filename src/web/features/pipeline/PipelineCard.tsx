import { Button, Card, Tooltip } from 'antd';
import type { DragEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { ArrowRightIcon, MapPinIcon } from '../../lib/icons';
import { Money } from '../projects/Money';
import type { ProjectSummary } from '../projects/types';
import { DRAG_TYPE, nextBoardStage } from './board';

type Props = {
  project: ProjectSummary;
  draggable: boolean;
  onDragStart: (project: ProjectSummary) => void;
  onDragEnd: () => void;
  onAdvance: (project: ProjectSummary, to: string) => void;
};

/** One lead on the board: drag it to the next column, or press its advance button. */
export function PipelineCard({ project: p, draggable, onDragStart, onDragEnd, onAdvance }: Props) {
  const t = useT();
  const next = draggable ? nextBoardStage(p.stage) : null;
  const start = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(DRAG_TYPE, p.id);
    e.dataTransfer.setData('text/plain', `${p.code} ${p.name}`);
    e.dataTransfer.effectAllowed = 'move';
    onDragStart(p);
  };
  return (
    <Card
      size="small"
      className={draggable ? 'tj-board-card tj-board-card-draggable' : 'tj-board-card'}
      data-testid="pipeline-card"
      data-project-code={p.code}
      data-stage={p.stage}
      draggable={draggable}
      onDragStart={draggable ? start : undefined}
      onDragEnd={onDragEnd}
    >
      <Link to={`/projects/${p.id}`} className="tj-board-card-name" draggable={false}>
        {p.name}
      </Link>
      <div className="tj-project-sub">{p.investorName}</div>
      <div className="tj-board-card-meta">
        <span>
          <MapPinIcon /> {p.regionName}
        </span>
        <Money yuan={p.totalInvestment} />
      </div>
      <div className="tj-board-card-foot">
        <span className="tj-muted">
          {p.signedOn
            ? t('board.signedOn', { date: formatDate(p.signedOn) })
            : t('board.updatedOn', { date: formatDate(p.updatedAt) })}
        </span>
        {next && (
          <Tooltip title={t('board.advanceHint')}>
            <Button
              size="small"
              type="link"
              data-testid="pipeline-advance"
              onClick={() => onAdvance(p, next)}
              icon={<ArrowRightIcon />}
              iconPlacement="end"
            >
              {t.label('stage', next)}
            </Button>
          </Tooltip>
        )}
      </div>
    </Card>
  );
}
