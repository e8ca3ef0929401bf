// The baselines of the read rows: plain better-sqlite3 statements, each prepared once, that return the
// same rows the API call returns (the same items, in the same order, with owners, latest progress and
// evidence count) — what a hand-written query layer with no service, contract or dispatch would cost.
// The month's scope (its own items, 结转, 主要任务, closed in it) is written out in SQL here, independently
// of core/domain/period.ts; the bench checks both give the same items.
import type Database from 'better-sqlite3';

const COLUMNS = `
  i.id, i.plan_id AS planId, i.seq, i.content, i.start_month AS startMonth, i.end_month AS endMonth,
  i.year_round AS yearRound, i.is_key AS isKey, i.section_id AS sectionId, s.title AS sectionTitle,
  i.due_date AS dueDate, i.status, i.notes,
  (SELECT pe.percent FROM progress_entry pe WHERE pe.item_id = i.id ORDER BY pe.date DESC, pe.id DESC LIMIT 1) AS percent,
  (SELECT pe.text FROM progress_entry pe WHERE pe.item_id = i.id ORDER BY pe.date DESC, pe.id DESC LIMIT 1) AS progressText,
  (SELECT count(*) FROM attachment a WHERE a.item_id = i.id AND a.removed_at IS NULL) AS evidenceCount,
  (SELECT json_group_array(json_array(o.person_id, p.name, o.role) ORDER BY o.ordinal)
     FROM item_owner o JOIN person p ON p.id = o.person_id WHERE o.item_id = i.id) AS owners`;
const FROM = 'FROM item i LEFT JOIN section s ON s.id = i.section_id';
const PLAN_ORDER = 'ORDER BY i.year_round, i.start_month, i.end_month, i.seq, i.id';

const CLOSED = "('done', 'cancelled')";
const statusOn = (date: string) =>
  `coalesce((SELECT c.from_status FROM status_change c WHERE c.item_id = i.id AND date(c.at, 'localtime') > ${date} ORDER BY c.at, c.id LIMIT 1), i.status)`;
const closedOn = (date: string) =>
  `coalesce((SELECT date(c.at, 'localtime') FROM status_change c WHERE c.item_id = i.id AND date(c.at, 'localtime') <= ${date}
     AND c.to_status IN ${CLOSED} AND c.from_status NOT IN ${CLOSED} ORDER BY c.at DESC, c.id DESC LIMIT 1), '0000-01-01')`;
const MONTH_SCOPE = `i.plan_id = @plan AND (
  i.is_key OR i.year_round OR i.start_month IS NULL
  OR (i.start_month <= @month AND coalesce(i.end_month, i.start_month) >= @month)
  OR (coalesce(i.end_month, i.start_month) < @month AND ${statusOn('@dayBefore')} NOT IN ${CLOSED})
  OR (${statusOn('@asOf')} IN ${CLOSED} AND ${closedOn('@asOf')} >= @start))`;

interface RowFacts {
  id: number;
  isKey: number;
  startMonth: number | null;
  endMonth: number | null;
  yearRound: number;
  [column: string]: unknown;
}
export type RawRow = RowFacts & { owners: { personId: number; name: string; role: string }[] };
type DbRow = RowFacts & { owners: string };

/** Owners arrive as JSON arrays; the API returns objects. */
function shaped(rows: DbRow[]): RawRow[] {
  return rows.map((r): RawRow => ({ ...r, owners: (JSON.parse(r.owners) as [number, string, string][]).map(([personId, name, role]) => ({ personId, name, role })) }));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function rawReads(db: Database.Database, year: number, today: string) {
  const monthRows = db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${MONTH_SCOPE} ${PLAN_ORDER} LIMIT @limit OFFSET @offset`);
  const monthCount = db.prepare(`SELECT count(*) AS n FROM item i WHERE ${MONTH_SCOPE}`);
  const planRows = db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE i.plan_id = ? ${PLAN_ORDER}`);
  const boardRows = db.prepare(`
    WITH c AS (
      SELECT i.id,
             CASE WHEN i.is_key THEN 'k' || coalesce(i.section_id, 0) WHEN i.year_round OR i.start_month IS NULL THEN 'yr'
                  ELSE i.start_month || '-' || coalesce(i.end_month, i.start_month) END AS col,
             row_number() OVER (PARTITION BY 1 ORDER BY i.year_round, i.start_month, i.end_month, i.seq, i.id) AS ord
      FROM item i WHERE i.plan_id = @plan),
    r AS (SELECT id, col, ord, row_number() OVER (PARTITION BY col ORDER BY ord) AS rn, count(*) OVER (PARTITION BY col) AS total FROM c)
    SELECT ${COLUMNS}, r.col, r.total ${FROM} JOIN r ON r.id = i.id WHERE r.rn <= @cap ORDER BY r.ord`);
  const personRows = db.prepare(
    `SELECT ${COLUMNS} ${FROM} WHERE i.plan_id = @plan AND EXISTS (SELECT 1 FROM item_owner o WHERE o.item_id = i.id AND o.person_id = @person) ${PLAN_ORDER} LIMIT @limit OFFSET @offset`,
  );
  const searchCount = db.prepare(`SELECT count(*) AS n FROM item i WHERE i.plan_id = ? AND i.content LIKE ? ESCAPE '\\'`);
  const searchRows = db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE i.plan_id = ? AND i.content LIKE ? ESCAPE '\\' ${PLAN_ORDER} LIMIT ? OFFSET ?`);
  // What the dashboard is computed from: the plan's lean facts, owners and dated history.
  const facts = db.prepare(
    'SELECT i.id, i.status, i.start_month, i.end_month, i.year_round, i.is_key, i.due_date, i.section_id, s.title FROM item i LEFT JOIN section s ON s.id = i.section_id WHERE i.plan_id = ? ' + PLAN_ORDER,
  );
  const ownerPairs = db.prepare('SELECT o.item_id, o.person_id, p.name FROM item_owner o JOIN item i ON i.id = o.item_id JOIN person p ON p.id = o.person_id WHERE i.plan_id = ?');
  const changes = db.prepare('SELECT c.item_id, c.at, c.from_status, c.to_status FROM status_change c JOIN item i ON i.id = c.item_id WHERE i.plan_id = ? ORDER BY c.item_id, c.at, c.id');
  const postponements = db.prepare(
    "SELECT p.item_id, p.decided_at, p.previous_due_date, p.requested_due_date FROM postponement p JOIN item i ON i.id = p.item_id WHERE i.plan_id = ? AND p.decision = 'approved' ORDER BY p.item_id, p.decided_at, p.id",
  );
  const progress = db.prepare('SELECT p.item_id, p.date, p.percent FROM progress_entry p JOIN item i ON i.id = p.item_id WHERE i.plan_id = ? ORDER BY p.item_id, p.date, p.id');

  return {
    /** 月度 with 结转: the month's items split as the view splits them, and the sections' sizes. */
    month(plan: number, month: number, window = { offset: 0, limit: -1 }) {
      const start = `${year}-${pad(month)}-01`;
      const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      const dayBefore = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
      const params = { plan, month, start, dayBefore, asOf: today < end ? today : end };
      const rows = shaped(monthRows.all({ ...params, ...window }) as DbRow[]);
      const endsBefore = (r: RawRow) => !r.yearRound && r.startMonth != null && (r.endMonth ?? r.startMonth) < month;
      return {
        total: (monthCount.get(params) as { n: number }).n,
        items: rows.filter((r) => !r.isKey && !endsBefore(r)),
        carried: rows.filter((r) => !r.isKey && endsBefore(r)),
        keyTasks: rows.filter((r) => r.isKey),
      };
    },
    /** 年度总览: every item of the plan in plan order, or the first `cap` of each column with its size. */
    board: (plan: number, cap = Number.MAX_SAFE_INTEGER) => shaped(boardRows.all({ plan, cap }) as DbRow[]),
    plan: (plan: number) => shaped(planRows.all(plan) as DbRow[]),
    person: (plan: number, person: number, window = { offset: 0, limit: -1 }) => shaped(personRows.all({ plan, person, ...window }) as DbRow[]),
    search(plan: number, text: string, offset = 0, limit = 50) {
      const pattern = `%${text}%`;
      return { total: (searchCount.get(plan, pattern) as { n: number }).n, rows: shaped(searchRows.all(plan, pattern, limit, offset) as DbRow[]) };
    },
    dashboardFacts: (plan: number) => ({
      facts: facts.all(plan),
      owners: ownerPairs.all(plan),
      changes: changes.all(plan),
      postponements: postponements.all(plan),
      progress: progress.all(plan),
    }),
  };
}

export type RawReads = ReturnType<typeof rawReads>;
