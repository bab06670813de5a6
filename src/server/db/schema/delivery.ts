import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { MILESTONES } from '../../../domain/delivery/milestones';
import { departments, regions } from './org';
import { projects, projectTransitions } from './projects';
import { users } from './users';

export const milestone = pgEnum('milestone', MILESTONES);

const yuan = (name: string) => numeric(name, { precision: 18, scale: 2 });

/**
 * What has been recorded about a signed project's milestones: a revised plan (with its reason) and
 * the actual date, written by the lifecycle transition that reached it. A milestone without a row is
 * planned by the contract deadline and not reached.
 */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    milestone: milestone('milestone').notNull(),
    plannedOn: date('planned_on'),
    planReason: text('plan_reason'),
    actualOn: date('actual_on'),
    /** Skipped where the lifecycle allows it (no 供地 for a standard factory building). */
    skipReason: text('skip_reason'),
    transitionId: uuid('transition_id').references(() => projectTransitions.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.milestone] }),
    index('project_milestones_actual_idx').on(t.milestone, t.actualOn),
  ],
);

/** Every change of a milestone plan: from, to, why, who. */
export const milestonePlanChanges = pgTable(
  'milestone_plan_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    milestone: milestone('milestone').notNull(),
    fromOn: date('from_on'),
    toOn: date('to_on').notNull(),
    reason: text('reason').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('milestone_plan_changes_project_idx').on(t.projectId, t.createdAt)],
);

/**
 * 月报: one per signed project per month. The month is stored as its first day. The region is the
 * project's, copied so that per-county lists and scope filters need no join.
 */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    month: date('month').notNull(),
    fundsOutOfProvince: yuan('funds_out_of_province').notNull().default('0'),
    fundsInProvince: yuan('funds_in_province').notNull().default('0'),
    fundsLocal: yuan('funds_local').notNull().default('0'),
    fundsForeignUsd: numeric('funds_foreign_usd', { precision: 18, scale: 2 }).notNull().default('0'),
    workDone: text('work_done').notNull(),
    problems: text('problems'),
    photoFileIds: uuid('photo_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Filed after the due day. */
    late: boolean('late').notNull().default(false),
    /** Set when a city administrator changed the report after the month closed. */
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    correctionReason: text('correction_reason'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('monthly_reports_project_month_key').on(t.projectId, t.month),
    index('monthly_reports_region_month_idx').on(t.regionId, t.month),
    /** A window of months across every county (the evaluation's funds and missing reports). */
    index('monthly_reports_month_idx').on(t.month, t.projectId),
    check('monthly_reports_month_first_day', sql`extract(day from ${t.month}) = 1`),
    check(
      'monthly_reports_funds_non_negative',
      sql`${t.fundsOutOfProvince} >= 0 and ${t.fundsInProvince} >= 0 and ${t.fundsLocal} >= 0 and ${t.fundsForeignUsd} >= 0`,
    ),
  ],
);

/** 工作专班: the work team that owns a project. The lead unit is a department or a region. */
export const workTeams = pgTable(
  'work_teams',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id),
    leaderId: uuid('leader_id')
      .notNull()
      .references(() => users.id),
    leadDepartmentId: text('lead_department_id').references(() => departments.id),
    leadRegionId: text('lead_region_id').references(() => regions.id),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('work_teams_one_lead_unit', sql`(${t.leadDepartmentId} is null) <> (${t.leadRegionId} is null)`),
    index('work_teams_leader_idx').on(t.leaderId),
  ],
);

export const workTeamMembers = pgTable(
  'work_team_members',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => workTeams.projectId),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    duty: text('duty'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index('work_team_members_user_idx').on(t.userId)],
);

/**
 * Derived, never typed: each signed project's delivery facts in one row, refreshed from its
 * milestones and monthly reports in the transaction that changes them (and rebuilt by the
 * migration). The day each milestone was reached (itself or a later one), the first month with
 * funds, and the funds up to the last reported month. The rates read this instead of scanning
 * every report.
 */
export const projectDeliverySummary = pgTable('project_delivery_summary', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id),
  registeredOn: date('registered_on'),
  landSecuredOn: date('land_secured_on'),
  startedOn: date('started_on'),
  completedOn: date('completed_on'),
  producingOn: date('producing_on'),
  atCapacityOn: date('at_capacity_on'),
  firstFundsMonth: date('first_funds_month'),
  lastReportMonth: date('last_report_month'),
  fundsDomestic: numeric('funds_domestic', { precision: 20, scale: 2 }).notNull().default('0'),
  fundsForeignUsd: numeric('funds_foreign_usd', { precision: 20, scale: 2 }).notNull().default('0'),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
});
