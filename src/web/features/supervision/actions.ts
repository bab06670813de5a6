import type { ActionType } from './types';

/** Actions taken with one confirmation, without fields. */
export const CONFIRM_ONLY: readonly ActionType[] = ['acknowledged', 'closed'];
