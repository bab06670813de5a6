/** Segments of an industry chain, in chain order (DESIGN §6). */
export const SEGMENTS = ['upstream', 'midstream', 'downstream'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const NODE_STATES = ['strong', 'weak', 'missing'] as const;
export type NodeState = (typeof NODE_STATES)[number];

/** 补链 (fill a missing node inside the local chain), 延链 (extend beyond its end), 强链 (strengthen a weak node). */
export const GAP_KINDS = ['fill', 'extend', 'strengthen'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** 主新特: a county's leading (主导), emerging (新兴) or characteristic (特色) chains. */
export const POSITIONS = ['leading', 'emerging', 'characteristic'] as const;
export type Position = (typeof POSITIONS)[number];

export const SYSTEM_STATUSES = ['draft', 'published', 'retired'] as const;
export type SystemStatus = (typeof SYSTEM_STATUSES)[number];

/** Where a target enterprise stands, from the list to a signed project (or a refusal). */
export const TARGET_STATUSES = [
  'not_contacted',
  'contacted',
  'visited',
  'negotiating',
  'signed',
  'declined',
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * The moves a target's status may make: forward one or more steps, to declined from any open
 * status, and back from declined to contacted (a firm reconsiders). Signed is final.
 */
export function targetMoveAllowed(from: TargetStatus, to: TargetStatus): boolean {
  if (from === to) return false;
  if (from === 'signed') return false;
  if (to === 'declined') return true;
  if (from === 'declined') return to === 'contacted';
  return TARGET_STATUSES.indexOf(to) > TARGET_STATUSES.indexOf(from);
}
