import type { ItemWeight } from './items';

/** The append-only event log of a supervision item. `at` is an ISO instant. */
export type ItemEvent =
  | { type: 'assigned'; at: string; unitId: string; handlerId?: string | null }
  | { type: 'acknowledged'; at: string }
  | { type: 'returned'; at: string; reason: string }
  | { type: 'deployed'; at: string; note?: string | null }
  | { type: 'reported'; at: string; note: string }
  | { type: 'extension_requested'; at: string; days: number; reason: string }
  | { type: 'extension_approved'; at: string; days: number }
  | { type: 'extension_refused'; at: string; reason: string }
  | { type: 'plan_filed'; at: string; steps: { title: string; due: string }[] }
  | { type: 'step_done'; at: string; step: number }
  | { type: 'resolved'; at: string; note: string }
  | { type: 'verified'; at: string; satisfaction: number; note?: string | null }
  | { type: 'closed'; at: string };

export type ItemEventType = ItemEvent['type'];

export type ItemFacts = { weight: ItemWeight; createdAt: string };
