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

export type ItemPage = { items: ItemSummary[]; total: number; page: number; pageSize: number };

export type ItemListParams = {
  state?: ItemState | 'open';
  colour?: Colour;
  unit?: string;
  mine?: boolean;
  projectId?: string;
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
