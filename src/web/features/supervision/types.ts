import type { ItemCategory, ItemSource, ItemState, ItemWeight } from '../../../domain/supervision/items';

export type Colour = 'green' | 'yellow' | 'red';
export type UnitKind = 'department' | 'region';
export type UnitRef = { kind: UnitKind; id: string };

export type ItemSummary = {
  id: string;
  code: string;
  title: string;
  category: ItemCategory;
  source: ItemSource;
  weight: ItemWeight;
  state: ItemState;
  colour: Colour;
  unit: UnitRef & { name: string };
  projectId: string | null;
  projectName: string | null;
  regionId: string | null;
  nextDeadline: string | null;
  createdAt: string;
};

export type ColourCause =
  | { kind: 'opened'; event?: number }
  | { kind: 'threshold'; share?: number }
  | { kind: 'breach'; deadline?: string }
  | { kind: 'extended'; event?: number; days?: number }
  | { kind: 'done'; event?: number; late?: boolean }
  | { kind: string; [key: string]: unknown };

export type ColourChange = { at: string; colour: Colour; cause: ColourCause };

export type TargetView = {
  key: string;
  opensAt: string;
  deadline: string;
  doneAt: string | null;
  colour: Colour;
  breached: boolean;
  used: number;
  yellowAt: string;
  breachAt: string;
  changes: ColourChange[];
};

export type PlanStep = { title: string; due: string; doneAt: string | null };

export type ItemEventView = {
  seq: number;
  type: string;
  at: string;
  actorName: string | null;
  payload: Record<string, unknown>;
};

export type ItemDetail = ItemSummary & {
  /** What the signed-in account may do now, main step first (decided by the server). */
  actions: ActionType[];
  description: string;
  handlerId: string | null;
  createdBy: string;
  targets: TargetView[];
  pendingExtension: { days: number; at: string } | null;
  plan: PlanStep[];
  satisfaction: number | null;
  closedAt: string | null;
  events: ItemEventView[];
};

/** A page of the list, most urgent first, with the count in each state under the same filters (the state filter aside). */
export type ItemPage = {
  items: ItemSummary[];
  total: number;
  page: number;
  pageSize: number;
  countsByState: Record<ItemState, number>;
};

/** The figures of the unit statistics; each one is also a filter of the list (`stat`). */
export const UNIT_STATS = ['all', 'open', 'overdue', 'closed', 'resolved', 'onTime', 'late'] as const;
export type UnitStat = (typeof UNIT_STATS)[number];

export type ItemListParams = {
  state?: ItemState | 'open';
  colour?: Colour;
  unit?: string;
  unitKind?: UnitKind;
  stat?: UnitStat;
  category?: ItemCategory;
  region?: string;
  mine?: boolean;
  projectId?: string;
  q?: string;
  /** The board: the first few items of every state instead of one page. */
  perState?: number;
  page?: number;
  pageSize?: number;
};

/** The figures of a unit (or of all of them) in GET /api/supervision/stats; percents as "91.67". */
export type UnitFigures = {
  total: number;
  open: number;
  closed: number;
  overdue: number;
  resolved: number;
  resolvedOnTime: number;
  late: number;
  onTimeRate: string | null;
  averageDaysToResolve: string | null;
  clearedRate: string | null;
};
export type UnitStatsLine = UnitFigures & { unit: UnitRef & { name: string }; rank: number };
export type UnitStatsResponse = { asOf: string; units: UnitStatsLine[]; total: UnitFigures | null };

/** How many items a figure counts (the drill-down list has exactly these). */
export const STAT_COUNT: Record<UnitStat, (f: UnitFigures) => number> = {
  all: (f) => f.total,
  open: (f) => f.open,
  overdue: (f) => f.overdue,
  closed: (f) => f.closed,
  resolved: (f) => f.resolved,
  onTime: (f) => f.resolvedOnTime,
  late: (f) => f.late,
};

export type ItemCreateInput = {
  title: string;
  description: string;
  category: ItemCategory;
  source: ItemSource;
  weight: ItemWeight;
  projectId?: string | null;
  unit: UnitRef;
  handlerId?: string | null;
};

/** The flow's actions (POST /api/supervision/items/:id/events). */
export type EventInput =
  | { type: 'assigned'; unit: UnitRef; handlerId?: string | null }
  | { type: 'acknowledged' }
  | { type: 'returned'; reason: string }
  | { type: 'deployed'; note?: string | null }
  | { type: 'reported'; note: string }
  | { type: 'extension_requested'; days: number; reason: string }
  | { type: 'extension_approved'; days: number }
  | { type: 'extension_refused'; reason: string }
  | { type: 'plan_filed'; steps: { title: string; due: string }[] }
  | { type: 'step_done'; step: number }
  | { type: 'resolved'; note: string }
  | { type: 'verified'; satisfaction: number; note?: string | null }
  | { type: 'closed' };

export type ActionType = EventInput['type'];
