/** Supervision items (督办事项, DESIGN §5): where they come from and what they are about. */
export const ITEM_CATEGORIES = [
  'funds',
  'land',
  'relocation',
  'environment',
  'approval',
  'utilities',
  'other',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const ITEM_SOURCES = ['project_blocker', 'meeting_decision', 'leader_instruction'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

/** Ordinary items are resolved within 7 days; major or complex ones within a month (or by a plan). */
export const ITEM_WEIGHTS = ['ordinary', 'major'] as const;
export type ItemWeight = (typeof ITEM_WEIGHTS)[number];

/** Where an item stands in the flow: assign → acknowledge → deploy → report → resolve → verify → close. */
export const ITEM_STATES = [
  'assigned',
  'acknowledged',
  'deployed',
  'reported',
  'resolved',
  'verified',
  'closed',
  'returned',
] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** The clock's settings (configurable per evaluation method; DESIGN's defaults). */
export type ClockSettings = {
  mode: 'calendar' | 'working';
  /** Share of a window after which a target turns yellow. */
  yellowAt: number;
  deployDays: number;
  reportDays: number;
  resolveDays: number;
  majorResolveMonths: number;
  returnDays: number;
};

export const DEFAULT_CLOCK: ClockSettings = {
  mode: 'calendar',
  yellowAt: 0.75,
  deployDays: 1,
  reportDays: 3,
  resolveDays: 7,
  majorResolveMonths: 1,
  returnDays: 1,
};
