import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { SIGNING_TYPES, STAGES } from '../../domain/lifecycle/stages';
import { AGENDA_STATUSES, SIGNING_EVENT_KINDS, SIGNING_EVENT_STATUSES } from '../../domain/signing/events';
import { IsoDate, UsdAmount, Yuan } from '../projects/schemas';

const text = (max: number) => z.string().trim().min(1).max(max);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2021-07');

const SubVenue = z.strictObject({ regionId: z.string().max(20), venue: text(LIMITS.name) });
const Report = z.strictObject({
  title: text(LIMITS.name),
  presenter: text(LIMITS.displayName),
  unit: z.string().trim().max(LIMITS.name).nullable().optional(),
});
const Pledge = z.strictObject({ unitName: text(LIMITS.name), speaker: text(LIMITS.displayName) });

export const EventCreate = z.strictObject({
  kind: z.enum(SIGNING_EVENT_KINDS),
  title: z.string().trim().max(LIMITS.name).optional(),
  /** Monthly events: the month; the date defaults to the schedule's day. */
  month: Month.optional(),
  heldOn: IsoDate.optional(),
  mainVenue: z.string().trim().max(LIMITS.name).nullable().optional(),
  subVenues: z.array(SubVenue).max(30).default([]),
  reports: z.array(Report).max(30).default([]),
  pledgeSpeakers: z.array(Pledge).max(30).default([]),
  notes: z.string().trim().max(LIMITS.note).nullable().optional(),
});
export type EventCreate = z.infer<typeof EventCreate>;

export const EventPatch = z.strictObject({
  version: z.number().int().min(1),
  title: text(LIMITS.name).optional(),
  heldOn: IsoDate.optional(),
  status: z.enum(['planned', 'cancelled']).optional(),
  mainVenue: z.string().trim().max(LIMITS.name).nullable().optional(),
  subVenues: z.array(SubVenue).max(30).optional(),
  reports: z.array(Report).max(30).optional(),
  pledgeSpeakers: z.array(Pledge).max(30).optional(),
  notes: z.string().trim().max(LIMITS.note).nullable().optional(),
});
export type EventPatch = z.infer<typeof EventPatch>;

export const AgendaInput = z.strictObject({
  projectId: z.uuid(),
  signingType: z.enum(SIGNING_TYPES),
  contractedInvestment: Yuan,
  fundsOutOfProvince: Yuan.nullable().optional(),
  fundsInProvince: Yuan.nullable().optional(),
  fundsLocal: Yuan.nullable().optional(),
  fundsForeignUsd: UsdAmount.nullable().optional(),
  registerBy: IsoDate.nullable().optional(),
  startBy: IsoDate.nullable().optional(),
  produceBy: IsoDate.nullable().optional(),
  venueRegionId: z.string().max(20).nullable().optional(),
});
export type AgendaInput = z.infer<typeof AgendaInput>;

export const EventListQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  kind: z.enum(SIGNING_EVENT_KINDS).optional(),
});

export const EventSummary = z.object({
  id: z.uuid().nullable(),
  kind: z.enum(SIGNING_EVENT_KINDS),
  title: z.string(),
  month: z.string().nullable(),
  heldOn: z.string(),
  scheduledOn: z.string().nullable(),
  status: z.enum(SIGNING_EVENT_STATUSES),
  /** A scheduled monthly occurrence nobody has prepared yet (no id). */
  virtual: z.boolean(),
  agendaCount: z.number().int(),
  signedCount: z.number().int(),
  signedTotalInvestment: z.string(),
});

export const AgendaItem = z.object({
  projectId: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  investorName: z.string(),
  stage: z.enum(STAGES),
  totalInvestment: z.string(),
  status: z.enum(AGENDA_STATUSES),
  signingType: z.enum(SIGNING_TYPES),
  contractedInvestment: z.string(),
  fundsOutOfProvince: z.string().nullable(),
  fundsInProvince: z.string().nullable(),
  fundsLocal: z.string().nullable(),
  fundsForeignUsd: z.string().nullable(),
  registerBy: z.string().nullable(),
  startBy: z.string().nullable(),
  produceBy: z.string().nullable(),
  venueRegionId: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const EventDetail = EventSummary.extend({
  id: z.uuid(),
  mainVenue: z.string().nullable(),
  subVenues: z.array(z.object({ regionId: z.string(), venue: z.string() })),
  reports: z.array(
    z.object({ title: z.string(), presenter: z.string(), unit: z.string().nullable().optional() }),
  ),
  pledgeSpeakers: z.array(z.object({ unitName: z.string(), speaker: z.string() })),
  notes: z.string().nullable(),
  version: z.number().int(),
  agenda: z.array(AgendaItem),
});
export type EventDetail = z.infer<typeof EventDetail>;
