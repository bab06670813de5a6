import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  NODE_STATES,
  POSITIONS,
  SEGMENTS,
  SYSTEM_STATUSES,
  TARGET_STATUSES,
} from '../../../domain/atlas/fields';
import { investors, originRegion } from './investors';
import { regions } from './org';
import { projects } from './projects';
import { users } from './users';

export const segment = pgEnum('chain_segment', SEGMENTS);
export const nodeState = pgEnum('node_state', NODE_STATES);
export const position = pgEnum('chain_position', POSITIONS);
export const systemStatus = pgEnum('system_status', SYSTEM_STATUSES);
export const targetStatus = pgEnum('target_status', TARGET_STATUSES);

/** An industry system (e.g. Nanyang 2021 "234", 2023 "7+17"): versions coexist. */
export const industrySystems = pgTable('industry_systems', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  year: smallint('year').notNull(),
  status: systemStatus('status').notNull().default('draft'),
  description: text('description'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A group of a system (传统产业 / 支柱产业 / 新兴产业 …). */
export const industryGroups = pgTable('industry_groups', {
  id: text('id').primaryKey(),
  systemId: text('system_id')
    .notNull()
    .references(() => industrySystems.id),
  name: text('name').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
});

/** An industry chain with its chain chief (链长). */
export const industryChains = pgTable(
  'industry_chains',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: text('system_id')
      .notNull()
      .references(() => industrySystems.id),
    groupId: text('group_id').references(() => industryGroups.id),
    name: text('name').notNull(),
    description: text('description'),
    /** 链长: the leader in charge (an account when there is one), and the title as printed. */
    chiefUserId: uuid('chief_user_id').references(() => users.id),
    chiefTitle: text('chief_title'),
    sortOrder: smallint('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('industry_chains_system_idx').on(t.systemId)],
);

/** A node of a chain's tree. Deleted nodes are kept (projects' tags still name them). */
export const chainNodes = pgTable(
  'chain_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chainId: uuid('chain_id')
      .notNull()
      .references(() => industryChains.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => chainNodes.id),
    segment: segment('segment').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** Key technologies or products (关键技术/产品). */
    keyTech: text('key_tech')
      .array()
      .notNull()
      .default(sql`'{}'`),
    sortOrder: smallint('sort_order').notNull().default(0),
    stateOverride: nodeState('state_override'),
    overrideReason: text('override_reason'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('chain_nodes_chain_idx').on(t.chainId),
    check('chain_nodes_override_reason', sql`(${t.stateOverride} is null) = (${t.overrideReason} is null)`),
  ],
);

/** A local enterprise on a node (a firm may sit on several). */
export const nodeFirms = pgTable(
  'node_firms',
  {
    nodeId: uuid('node_id')
      .notNull()
      .references(() => chainNodes.id),
    investorId: uuid('investor_id')
      .notNull()
      .references(() => investors.id),
    aboveScale: boolean('above_scale').notNull().default(false),
    chainLeader: boolean('chain_leader').notNull().default(false),
    /** Annual output (元). */
    outputYuan: numeric('output_yuan', { precision: 18, scale: 2 }),
    products: text('products'),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.investorId] }),
    index('node_firms_investor_idx').on(t.investorId),
  ],
);

/** 目标企业清单: a firm to court for a node, its flags, where it is, and how far it has come. */
export const nodeTargets = pgTable(
  'node_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => chainNodes.id),
    investorId: uuid('investor_id').references(() => investors.id),
    name: text('name').notNull(),
    fortune500: boolean('fortune500').notNull().default(false),
    china500: boolean('china500').notNull().default(false),
    listed: boolean('listed').notNull().default(false),
    top100: boolean('top100').notNull().default(false),
    originProvince: text('origin_province'),
    originRegion: originRegion('origin_region'),
    /** The county that will court it and where it would land. */
    regionId: text('region_id').references(() => regions.id),
    status: targetStatus('status').notNull().default('not_contacted'),
    note: text('note'),
    /** The lead started from this target. */
    projectId: uuid('project_id').references(() => projects.id),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('node_targets_node_idx').on(t.nodeId), index('node_targets_region_idx').on(t.regionId)],
);

/** A project's classification: the nodes it fills, of the system in force when it was tagged. */
export const projectNodes = pgTable(
  'project_nodes',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => chainNodes.id),
    taggedBy: uuid('tagged_by').references(() => users.id),
    taggedAt: timestamp('tagged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.nodeId] }), index('project_nodes_node_idx').on(t.nodeId)],
);

/** 主新特: how a county positions a chain. */
export const countyPositions = pgTable(
  'county_positions',
  {
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    chainId: uuid('chain_id')
      .notNull()
      .references(() => industryChains.id),
    position: position('position').notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.chainId] })],
);
