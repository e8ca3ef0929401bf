import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Timestamps are ISO-8601 strings in UTC; calendar dates (deadlines) are YYYY-MM-DD.
const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const plan = sqliteTable('plan', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull(),
  title: text('title').notNull(),
  organization: text('organization').notNull().default(''),
  /** The bundled 示例 plan (loaded to try the app), labelled as such everywhere and removable. */
  isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
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
  /** Why the item was last returned (退回) or stopped (中止). */
  statusNote: text('status_note'),
  /** The previous year's item this one continues (结转), whose history stays there. */
  carriedFromItemId: integer('carried_from_item_id'),
  /** Goes up by one with every change to the row: a save names the version it started from (optimistic concurrency). */
  version: integer('version').notNull().default(1),
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
  /** Where the call came from (the client's IP address); null on the machine itself and in older events. */
  client: text('client'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId)]);

export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// --- Supervision (督查督办) ---

export const progressEntry = sqliteTable('progress_entry', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  date: text('date').notNull(),
  text: text('text').notNull(),
  percent: integer('percent'),
  userId: integer('user_id'),
  author: text('author').notNull(),
  createdAt: createdAt(),
}, (t) => [index('progress_item_idx').on(t.itemId, t.date, t.id)]);

// Evidence files live content-addressed in the data folder; a row is a reference to one. Removing
// evidence marks the row; the file goes only when no live row refers to its hash.
export const attachment = sqliteTable('attachment', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  progressEntryId: integer('progress_entry_id').references(() => progressEntry.id, { onDelete: 'set null' }),
  originalName: text('original_name').notNull(),
  sha256: text('sha256').notNull(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  addedBy: text('added_by').notNull(),
  addedAt: text('added_at').notNull(),
  removedAt: text('removed_at'),
  removedBy: text('removed_by'),
}, (t) => [index('attachment_item_idx').on(t.itemId), index('attachment_sha_idx').on(t.sha256)]);

export const verification = sqliteTable('verification', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  decision: text('decision').notNull(),
  comment: text('comment').notNull().default(''),
  userId: integer('user_id'),
  actor: text('actor').notNull(),
  at: text('at').notNull(),
}, (t) => [index('verification_item_idx').on(t.itemId)]);

export const postponement = sqliteTable('postponement', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  previousDueDate: text('previous_due_date').notNull(),
  requestedDueDate: text('requested_due_date').notNull(),
  reason: text('reason').notNull(),
  requestedBy: text('requested_by').notNull(),
  requestedAt: text('requested_at').notNull(),
  decision: text('decision').notNull().default('pending'),
  decisionComment: text('decision_comment').notNull().default(''),
  decidedBy: text('decided_by'),
  decidedAt: text('decided_at'),
}, (t) => [index('postponement_item_idx').on(t.itemId)]);

export const inspection = sqliteTable('inspection', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  planId: integer('plan_id').notNull().references(() => plan.id, { onDelete: 'cascade' }),
  month: integer('month').notNull(),
  /** The round's own name (专项督查…); empty: it is called after its month (3月督查). */
  title: text('title').notNull().default(''),
  date: text('date').notNull(),
  inspector: text('inspector').notNull(),
  scope: text('scope').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [index('inspection_plan_idx').on(t.planId, t.month)]);

export const finding = sqliteTable('finding', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  inspectionId: integer('inspection_id').notNull().references(() => inspection.id, { onDelete: 'cascade' }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  assessment: text('assessment').notNull(),
  problem: text('problem').notNull().default(''),
  requirement: text('requirement').notNull().default(''),
  rectifyBy: text('rectify_by'),
  rectification: text('rectification').notNull().default(''),
  closedAt: text('closed_at'),
}, (t) => [index('finding_item_idx').on(t.itemId), index('finding_inspection_idx').on(t.inspectionId)]);

// Every change of an item's status, oldest first per item: what the period model reads to tell the state
// of an item on any past date (a July report made in November says what was true on 31 July).
export const statusChange = sqliteTable('status_change', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  itemId: integer('item_id').notNull().references(() => item.id, { onDelete: 'cascade' }),
  at: text('at').notNull(),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  /** The workflow action (start, submit, verify, return, resume, cancel) or 'progress' (work recorded). */
  action: text('action').notNull(),
}, (t) => [index('status_change_item_idx').on(t.itemId, t.at, t.id)]);

// --- Register of issued documents (督办通知单/催办单, 督查通报) ---

/**
 * One row per number issued: 督办〔issue year〕第N号 or 第N期, unique per kind and issue year and never
 * reused (a voided number stays voided). The document's content is kept so that exporting it again, in
 * any format, gives the same document.
 */
export const issuedDocument = sqliteTable('issued_document', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  /** The year of issue (numbers restart each year). */
  year: integer('year').notNull(),
  number: integer('number').notNull(),
  planId: integer('plan_id').references(() => plan.id, { onDelete: 'set null' }),
  itemId: integer('item_id').references(() => item.id, { onDelete: 'set null' }),
  personId: integer('person_id').references(() => person.id, { onDelete: 'set null' }),
  title: text('title').notNull().default(''),
  /** What was asked for, normalised: the same request finds the same document instead of a new number. */
  requestKey: text('request_key'),
  /** Documents issued together by one request (an overdue run's notices). */
  batch: text('batch'),
  /** The print-document model as issued (JSON). */
  document: text('document'),
  /** Format and SHA-256 of the file handed out at issue. */
  format: text('format'),
  sha256: text('sha256'),
  issuedBy: text('issued_by').notNull(),
  issuedAt: text('issued_at').notNull(),
  voidedAt: text('voided_at'),
  voidedBy: text('voided_by'),
  voidReason: text('void_reason'),
}, (t) => [uniqueIndex('issued_document_number_uq').on(t.kind, t.year, t.number), index('issued_document_request_idx').on(t.requestKey)]);
