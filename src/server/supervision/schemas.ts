import { z } from 'zod';
import { ITEM_CATEGORIES, ITEM_SOURCES, ITEM_STATES, ITEM_WEIGHTS } from '../../domain/supervision/items';
import { LIMITS } from '../../domain/limits';
import { pageOf } from '../http/schemas';
import { IsoDate } from '../projects/schemas';
import { UNIT_STATS } from './stats';

const text = (max: number) => z.string().trim().min(1).max(max);
export const Unit = z.strictObject({ kind: z.enum(['department', 'region']), id: z.string().min(1).max(20) });
export const ItemParams = z.strictObject({ id: z.uuid() });

export const ItemCreate = z.strictObject({
  title: text(LIMITS.name),
  description: text(LIMITS.description),
  category: z.enum(ITEM_CATEGORIES),
  source: z.enum(ITEM_SOURCES),
  weight: z.enum(ITEM_WEIGHTS).default('ordinary'),
  projectId: z.uuid().nullish(),
  unit: Unit,
  handlerId: z.uuid().nullish(),
});
export type ItemCreate = z.infer<typeof ItemCreate>;

/** The flow's actions; the server stamps the time. */
export const EventInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('assigned'), unit: Unit, handlerId: z.uuid().nullish() }),
  z.strictObject({ type: z.literal('acknowledged') }),
  z.strictObject({ type: z.literal('returned'), reason: text(LIMITS.note) }),
  z.strictObject({ type: z.literal('deployed'), note: z.string().trim().max(LIMITS.note).nullish() }),
  z.strictObject({ type: z.literal('reported'), note: text(LIMITS.note) }),
  z.strictObject({
    type: z.literal('extension_requested'),
    days: z.number().int().min(1).max(90),
    reason: text(LIMITS.note),
  }),
  z.strictObject({ type: z.literal('extension_approved'), days: z.number().int().min(1).max(90) }),
  z.strictObject({ type: z.literal('extension_refused'), reason: text(LIMITS.note) }),
  z.strictObject({
    type: z.literal('plan_filed'),
    steps: z
      .array(z.strictObject({ title: text(LIMITS.shortText), due: IsoDate }))
      .min(1)
      .max(24),
  }),
  z.strictObject({ type: z.literal('step_done'), step: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('resolved'), note: text(LIMITS.note) }),
  z.strictObject({
    type: z.literal('verified'),
    satisfaction: z.number().int().min(1).max(5),
    note: z.string().trim().max(LIMITS.note).nullish(),
  }),
  z.strictObject({ type: z.literal('closed') }),
]);
export type EventInput = z.infer<typeof EventInput>;

const Colour = z.enum(['green', 'yellow', 'red']);
export const TargetView = z.object({
  key: z.string(),
  opensAt: z.string(),
  deadline: IsoDate,
  doneAt: z.string().nullable(),
  colour: Colour,
  breached: z.boolean(),
  used: z.number(),
  yellowAt: z.string(),
  breachAt: z.string(),
  changes: z.array(
    z.object({ at: z.string(), colour: Colour, cause: z.object({ kind: z.string() }).loose() }),
  ),
});

export const ItemSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  category: z.enum(ITEM_CATEGORIES),
  source: z.enum(ITEM_SOURCES),
  weight: z.enum(ITEM_WEIGHTS),
  state: z.enum(ITEM_STATES),
  colour: Colour,
  unit: z.object({ kind: z.enum(['department', 'region']), id: z.string(), name: z.string() }),
  projectId: z.uuid().nullable(),
  projectName: z.string().nullable(),
  regionId: z.string().nullable(),
  nextDeadline: IsoDate.nullable(),
  createdAt: z.string(),
});
export const ItemDetail = ItemSummary.extend({
  description: z.string(),
  handlerId: z.uuid().nullable(),
  createdBy: z.string(),
  targets: z.array(TargetView),
  pendingExtension: z.object({ days: z.number(), at: z.string() }).nullable(),
  plan: z.array(z.object({ title: z.string(), due: IsoDate, doneAt: z.string().nullable() })),
  satisfaction: z.number().nullable(),
  closedAt: z.string().nullable(),
  /** What the caller may do now, main step first (the server checks each again when taken). */
  actions: z.array(z.string()),
  events: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string(),
      at: z.string(),
      actorName: z.string().nullable(),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

export const ItemListQuery = z.strictObject({
  state: z.enum([...ITEM_STATES, 'open']).optional(),
  colour: Colour.optional(),
  unit: z.string().max(20).optional(),
  /** With `unit`: department or county (ids of the two never collide today, but say which). */
  unitKind: z.enum(['department', 'region']).optional(),
  /** A figure of the unit statistics: exactly the items that figure counts (`stats.ts`). */
  stat: z.enum(UNIT_STATS).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
  region: z.string().max(20).optional(),
  mine: z.enum(['true', 'false']).optional(),
  projectId: z.uuid().optional(),
  /** Words of the title or the code. */
  q: z.string().trim().max(LIMITS.shortText).optional(),
  /** The board: at most this many items of each state (most urgent first); paging is then ignored. */
  perState: z.coerce.number().int().min(1).max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type ItemListQuery = z.infer<typeof ItemListQuery>;
/** Most urgent first (red, yellow, then the nearest breach); `countsByState` ignores the state filter. */
export const ItemListResponse = pageOf(ItemSummary).extend({
  countsByState: z.record(z.enum(ITEM_STATES), z.number().int()),
});
export type ItemListResponse = z.infer<typeof ItemListResponse>;
