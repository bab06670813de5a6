import type { Stage } from '../../../domain/lifecycle/stages';
import { findRule } from '../../../domain/lifecycle/transitions';

/** The columns of the 招商线索 board: the pipeline and its outcome. */
export const BOARD_STAGES = ['lead', 'negotiating', 'signed'] as const satisfies readonly Stage[];
export type BoardStage = (typeof BOARD_STAGES)[number];

export const BOARD_COLUMN_SIZE = 50;

/** The next column a card moves to, if any. */
export function nextBoardStage(stage: Stage): BoardStage | null {
  if (stage === 'lead') return 'negotiating';
  if (stage === 'negotiating') return 'signed';
  return null;
}

/** Whether the lifecycle table has a rule from one stage to another (the server checks again). */
export function boardMoveAllowed(from: Stage, to: Stage): boolean {
  return from !== to && findRule(from, to) !== undefined;
}

/** The drag payload's type: only cards of this board are accepted by its columns. */
export const DRAG_TYPE = 'application/x-tuijin-project';
