import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Timestamps are ISO-8601 strings in UTC; calendar dates (deadlines) are YYYY-MM-DD.
const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const plan = sqliteTable('plan', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull(),
  title: text('title').notNull(),
  organization: text('organization').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
}, (t) => [uniqueIndex('plan_year_uq').on(t.year)]);

export const section = sqliteTable('section', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  planId: integer('plan_id').notNull().references(() => plan.id, { onDelete: 'cascade' }),
  ordinal: integer('ordinal').notNull(),
  title: text('title').notNull(),
}, (t) => [index('section_plan_idx').on(t.planId, t.ordinal)]);

export const item = sqliteTable('item', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  planId: integer('plan_id').notNull().references(() => plan.id, { onDelete: 'cascade' }),
  sectionId: integer('section_id').references(() => section.id, { onDelete: 'set null' }),
  seq: integer('seq'),
  content: text('content').notNull(),
  // Span in months of the plan's year; both null when year_round.
  startMonth: integer('start_month'),
  endMonth: integer('end_month'),
  yearRound: integer('year_round', { mode: 'boolean' }).notNull().default(false),
  isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
  dueDate: text('due_date'),
  cadence: text('cadence'),
  notes: text('notes').notNull().default(''),
  source: text('source').notNull().default('plan'),
  sourceRef: text('source_ref'),
  status: text('status').notNull().default('not_started'),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
  completedAt: text('completed_at'),
  verifiedAt: text('verified_at'),
}, (t) => [
  index('item_plan_span_idx').on(t.planId, t.startMonth, t.endMonth),
  index('item_plan_status_idx').on(t.planId, t.status),
  index('item_section_idx').on(t.sectionId),
  index('item_plan_seq_idx').on(t.planId, t.yearRound, t.seq),
]);

export const target = sqliteTable('target', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  ordinal: integer('ordinal').notNull(),
  label: text('label').notNull(),
  comparator: text('comparator').notNull(),
  value: real('value').notNull(),
  unit: text('unit').notNull().default(''),
  actual: real('actual'),
}, (t) => [index('target_item_idx').on(t.itemId)]);

export const person = sqliteTable('person', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  title: text('title').notNull().default(''),
  department: text('department').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('person_name_uq').on(t.name)]);

export const itemOwner = sqliteTable('item_owner', {
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  personId: integer('person_id').notNull().references(() => person.id, { onDelete: 'restrict' }),
  role: text('role').notNull(),
  ordinal: integer('ordinal').notNull(),
}, (t) => [primaryKey({ columns: [t.itemId, t.personId] }), index('item_owner_person_idx').on(t.personId, t.itemId)]);

export const user = sqliteTable('user', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  passwordHash: text('password_hash').notNull(),
  personId: integer('person_id').references(() => person.id, { onDelete: 'set null' }),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('user_username_uq').on(t.username)]);

// Append-only history. Each row's hash covers the previous row's hash, so an edit made behind the
// app's back breaks the chain at that row.
export const auditEvent = sqliteTable('audit_event', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  userId: integer('user_id'),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: integer('entity_id'),
  before: text('before'),
  after: text('after'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId)]);

export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
