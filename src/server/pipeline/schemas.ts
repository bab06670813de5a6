import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { IsoDate } from '../projects/schemas';

const text = (max: number) => z.string().trim().min(1).max(max);

export const VisitInput = z.strictObject({
  visitedOn: IsoDate,
  visitors: text(LIMITS.name),
  peopleMet: z.string().trim().max(LIMITS.name).nullable().optional(),
  place: text(LIMITS.name),
  outcome: text(LIMITS.note),
  nextStep: z.string().trim().max(LIMITS.note).nullable().optional(),
  photoFileIds: z.array(z.uuid()).max(LIMITS.evidencePerTransition).default([]),
});
export type VisitInput = z.infer<typeof VisitInput>;

export const VisitView = z.object({
  id: z.uuid(),
  visitedOn: z.string(),
  visitors: z.string(),
  peopleMet: z.string().nullable(),
  place: z.string(),
  outcome: z.string(),
  nextStep: z.string().nullable(),
  photos: z.array(z.object({ id: z.uuid(), name: z.string(), mime: z.string(), size: z.number() })),
  author: z.object({ id: z.uuid(), displayName: z.string() }),
  createdAt: z.string(),
});

export const NoteInput = z.strictObject({ notedOn: IsoDate, content: text(LIMITS.note) });
export type NoteInput = z.infer<typeof NoteInput>;

export const NoteView = z.object({
  id: z.uuid(),
  notedOn: z.string(),
  content: z.string(),
  author: z.object({ id: z.uuid(), displayName: z.string() }),
  createdAt: z.string(),
});
