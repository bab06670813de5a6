import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Method } from '../../../domain/evaluation/method';
import { rankingGroups } from './org';
import { users } from './users';

export const methodStatus = pgEnum('method_status', ['draft', 'published']);
export const resultStatus = pgEnum('result_status', ['draft', 'published', 'superseded']);

/**
 * 考评办法: a versioned method. A published version never changes; a new version replaces it for
 * periods from its `validFrom` date.
 */
export const evaluationMethods = pgTable(
  'evaluation_methods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The method's lineage (one per 办法), shared by its versions. */
    family: text('family').notNull(),
    version: smallint('version').notNull(),
    status: methodStatus('status').notNull().default('draft'),
    validFrom: date('valid_from').notNull(),
    body: jsonb('body').$type<Method>().notNull(),
    groupIds: text('group_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('evaluation_methods_family_idx').on(t.family, t.version)],
);

/** A unit's yearly target for an indicator of a method version (imported from .xlsx). */
export const evaluationTargets = pgTable(
  'evaluation_targets',
  {
    methodId: uuid('method_id')
      .notNull()
      .references(() => evaluationMethods.id),
    unitId: text('unit_id').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    year: smallint('year').notNull(),
    /** Exact decimal (元 for money, a count, a share). */
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.methodId, t.unitId, t.indicatorKey, t.year] }),
    check(
      'evaluation_targets_positive',
      sql`${t.value} ~ '^[0-9]+(\\.[0-9]+)?$' and ${t.value}::numeric > 0`,
    ),
  ],
);

/**
 * A computed ranking of one group for one period. Draft until published; a published result is
 * frozen (the payload holds every value, source, target, share, point and rank), and a correction
 * is a new published version that supersedes it, with a reason.
 */
export const evaluationResults = pgTable(
  'evaluation_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    methodId: uuid('method_id')
      .notNull()
      .references(() => evaluationMethods.id),
    period: text('period').notNull(),
    groupId: text('group_id')
      .notNull()
      .references(() => rankingGroups.id),
    version: integer('version').notNull().default(1),
    status: resultStatus('status').notNull().default('draft'),
    payload: jsonb('payload').notNull(),
    reason: text('reason'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    computedBy: uuid('computed_by')
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('evaluation_results_period_idx').on(t.period, t.groupId, t.status)],
);

/**
 * The records behind each figure of a result, frozen with it (the first EVIDENCE_LIMIT of them;
 * the figure's count is exact): `figure` is `i:<indicator key>` or `r:<rule key>`. Kept beside the
 * result, not in its payload, so a ranking is read without its evidence and one unit's is read
 * for the explain view.
 */
export const evaluationEvidence = pgTable(
  'evaluation_evidence',
  {
    resultId: uuid('result_id')
      .notNull()
      .references(() => evaluationResults.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    figure: text('figure').notNull(),
    recordIds: text('record_ids').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.resultId, t.unitId, t.figure] })],
);

export const awardKind = pgEnum('award_kind', ['reward', 'penalty']);

/**
 * 年终奖惩: a reward or penalty decided for a unit of a ranking group for a year — usually on the
 * published annual ranking it names (its rank and outcome kept as they were), with the 文号 of
 * the decision and, when money is involved, the amount in 元. Never deleted: revoked with a reason.
 */
export const evaluationAwards = pgTable(
  'evaluation_awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: smallint('year').notNull(),
    groupId: text('group_id')
      .notNull()
      .references(() => rankingGroups.id),
    unitId: text('unit_id').notNull(),
    kind: awardKind('kind').notNull(),
    /** 招商引资工作先进单位, 通报批评, 约谈, 黄牌警告, … */
    title: text('title').notNull(),
    /** 奖励资金 or 扣减资金, 元 (exact decimal); null when none. */
    amount: numeric('amount', { precision: 18, scale: 2 }),
    basisResultId: uuid('basis_result_id').references(() => evaluationResults.id),
    basisRank: integer('basis_rank'),
    basisOutcome: text('basis_outcome'),
    documentNo: text('document_no'),
    decidedOn: date('decided_on').notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    index('evaluation_awards_year_idx').on(t.year, t.groupId),
    check('evaluation_awards_amount_positive', sql`${t.amount} is null or ${t.amount} > 0`),
  ],
);
