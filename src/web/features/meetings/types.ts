import type { ItemCategory, ItemWeight } from '../../../domain/supervision/items';
import type { UnitRef } from '../supervision/types';

/** A project on the agenda: `on` is the date the line is about (stalled since, signed on, created on). */
export type AgendaProject = {
  id: string;
  code: string;
  name: string;
  regionId: string;
  stage: string;
  on: string | null;
  /** Days from `on` to the agenda's date. */
  days: number | null;
};

export type AgendaMilestone = {
  projectId: string;
  code: string;
  name: string;
  regionName: string;
  milestone: string;
  plannedOn: string;
  daysLate: number;
};

export type AgendaItem = {
  id: string;
  code: string;
  title: string;
  unitName: string;
  nextDeadline: string | null;
};

export type AgendaDeadline = { id: string; code: string; title: string; key: string; deadline: string };

/** GET /api/meetings/agenda: generated within the caller's scope; each list holds at most 50 lines. */
export type Agenda = {
  date: string;
  stalled: AgendaProject[];
  overdueMilestones: AgendaMilestone[];
  redItems: AgendaItem[];
  yellowItems: AgendaItem[];
  deadlinesThisWeek: AgendaDeadline[];
  newSignings: AgendaProject[];
  newLeads: AgendaProject[];
  signedNotStarted: AgendaProject[];
};

export type MeetingSummary = {
  id: string;
  heldOn: string;
  regionId: string | null;
  title: string;
  version: number;
};

export type Decision = { id: string; code: string; title: string; state: string };

export type MeetingView = MeetingSummary & {
  agenda: Agenda;
  minutes: string | null;
  attendees: string | null;
  decisions: Decision[];
  createdAt: string;
};

export type MinutesInput = { version: number; minutes: string | null; attendees: string | null };

/** POST /api/meetings/:id/decisions: a supervision item's fields without its source (a meeting decision). */
export type DecisionInput = {
  title: string;
  description: string;
  category: ItemCategory;
  weight: ItemWeight;
  projectId?: string | null;
  unit: UnitRef;
  handlerId?: string | null;
};

/** What the decision form starts with when a decision is taken from an agenda line. */
export type DecisionPrefill = {
  title?: string;
  description?: string;
  category?: ItemCategory;
  project?: { id: string; name: string };
  /** "region:411302" / "department:czj", as the unit picker holds it. */
  unit?: string;
};
