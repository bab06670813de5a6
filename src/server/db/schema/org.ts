import { pgEnum, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { RANKING_GROUP_KINDS, REGION_KINDS } from '../../../domain/org/roles';

export const regionKind = pgEnum('region_kind', REGION_KINDS);
export const rankingGroupKind = pgEnum('ranking_group_kind', RANKING_GROUP_KINDS);

/** City → county-level units and functional zones. id is the administrative code (adcode) or a local code. */
export const regions = pgTable('regions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: regionKind('kind').notNull(),
  parentId: text('parent_id'),
  sortOrder: smallint('sort_order').notNull().default(0),
});

/** 责任单位: departments that receive supervision items. */
export const departments = pgTable('departments', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  sortOrder: smallint('sort_order').notNull().default(0),
});

export const rankingGroups = pgTable('ranking_groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: rankingGroupKind('kind').notNull(),
});

/** A unit ranked in a group: a region or a department. */
export const rankingGroupMembers = pgTable(
  'ranking_group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => rankingGroups.id),
    memberId: text('member_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] })],
);
