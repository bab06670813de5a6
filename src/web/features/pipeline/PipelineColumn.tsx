import { Alert, Empty, Spin } from 'antd';
import { type DragEvent, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { StageTag } from '../projects/StageTag';
import type { ProjectPage, ProjectSummary } from '../projects/types';
import { type BoardStage, boardMoveAllowed, DRAG_TYPE } from './board';
import { PipelineCard } from './PipelineCard';

type Props = {
  stage: BoardStage;
  page: ProjectPage | undefined;
  loading: boolean;
  error: unknown;
  canWrite: boolean;
  dragging: ProjectSummary | null;
  listLink: string;
  onDragStart: (project: ProjectSummary) => void;
  onDragEnd: () => void;
  /** A card was dropped here (whether the lifecycle allows it is decided by the caller). */
  onDrop: (project: ProjectSummary, to: BoardStage) => void;
  onAdvance: (project: ProjectSummary, to: string) => void;
};

/** One stage of the board: a drop target that lights up green where the lifecycle allows a move. */
export function PipelineColumn(props: Props) {
  const t = useT();
  const { stage, page, loading, error, dragging } = props;
  const [over, setOver] = useState(false);
  const items = page?.items ?? [];
  const total = page?.total ?? 0;
  const moving = dragging !== null && dragging.stage !== stage;
  const allowed = moving && boardMoveAllowed(dragging.stage, stage);
  const state = !moving ? '' : allowed ? (over ? ' is-over' : ' is-allowed') : ' is-forbidden';

  const dragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!moving || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
    // Accept the drop on every column (a 'none' effect would swallow it), so that a forbidden
    // move is explained by a message; the column is painted red meanwhile.
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (dragging && dragging.stage !== stage) props.onDrop(dragging, stage);
  };

  return (
    <section
      className={`tj-board-column${state}`}
      data-testid={`pipeline-column-${stage}`}
      aria-label={t.label('stage', stage)}
      onDragOver={dragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={drop}
    >
      <header className="tj-board-column-head">
        <StageTag stage={stage} />
        <span className="tj-board-count" data-testid="pipeline-count">
          {total}
        </span>
        {moving && (
          <span className={allowed ? 'tj-board-hint' : 'tj-board-hint is-forbidden'}>
            {allowed ? t('board.dropHere') : t('board.notAllowed')}
          </span>
        )}
      </header>
      <div className="tj-board-column-body">
        {error ? (
          <Alert type="error" showIcon title={errorMessage(t, error)} />
        ) : loading && items.length === 0 ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.emptyColumn')} />
        ) : (
          items.map((p) => (
            <PipelineCard
              key={p.id}
              project={p}
              draggable={props.canWrite && stage !== 'signed'}
              onDragStart={props.onDragStart}
              onDragEnd={props.onDragEnd}
              onAdvance={props.onAdvance}
            />
          ))
        )}
        {total > items.length && (
          <Link to={props.listLink} className="tj-board-more" data-testid="pipeline-more">
            {t('board.showAll', { total })}
          </Link>
        )}
      </div>
    </section>
  );
}
