// The bench's ledgers. Plans go in through the app's own import commit (imports.commit: sections, items,
// owners by name, targets); their supervision history (status changes, progress, postponements,
// evidence rows) is written with direct SQL, as is the copying of the measured plan into the nine
// earlier years of the 100k ledger — the app's own paths for those would take many minutes.
import type Database from 'better-sqlite3';
import type { LedgerApp } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';

export const TODAY = '2023-11-20';
export const CLOCK = () => new Date(`${TODAY}T04:00:00Z`);
export const PERSONS = 40;
const SECTIONS = ['强党建', '强思政', '强组织', '强实践', '强服务', '强作风'];
const PHRASES = [
  '组织开展“学习二十大、永远跟党走、奋进新征程”主题团日活动',
  '做好团员发展、推优入党和团组织关系转接工作',
  '开展青年志愿者服务活动并做好活动总结和宣传报道',
  '举办校园科技文化艺术节系列活动，组织学生参加省级竞赛',
  '落实“青年大学习”每周学习任务，通报各团支部学习情况',
];

export async function call<T = any>(app: LedgerApp, method: string, input: unknown): Promise<T> {
  const envelope = await app.call(method, input, CLI_ACTOR);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.data as T;
}

export const personName = (k: number) => `责任人${String(k).padStart(2, '0')}`;

/** Item i of a generated plan: deterministic spans, owners, targets, deadlines and notes. */
export function draftItem(i: number, year: number, variant = 0) {
  const isKey = i % 100 === 7;
  const yearRound = !isKey && i % 25 === 0;
  const start = isKey ? 2 : 2 + (i % 11);
  const end = isKey ? 12 : Math.min(12, start + (i % 4 === 0 ? 1 : 0));
  return {
    seq: (i % 400) + 1,
    content: `${PHRASES[i % PHRASES.length]}（第${i + 1}项${variant && i % 10 === variant ? '，修订' : ''}）${i % 3 === 0 ? PHRASES[(i + 2) % PHRASES.length] : ''}`,
    startMonth: yearRound ? null : start,
    endMonth: yearRound ? null : end,
    yearRound,
    isKey,
    sectionTitle: isKey || i % 5 === 0 ? SECTIONS[i % SECTIONS.length] : null,
    owners: [{ name: personName(i % PERSONS), role: 'lead' }, ...(i % 3 === 0 ? [{ name: personName((i + 7) % PERSONS), role: 'assist' }] : [])],
    targets: i % 10 === 0 ? [{ label: '参与人数', comparator: '>=', value: 100 + (i % 7) * 50, unit: '人次' }] : [],
    dueDate: !yearRound && i % 20 === 0 ? `${year}-${String(end).padStart(2, '0')}-15` : null,
    cadence: yearRound ? '每月' : null,
    notes: i % 10 === 0 ? '需学院团总支配合' : '',
    source: 'plan',
    sourceRef: null,
  };
}

export function planDraft(year: number, count: number, variant = 0) {
  return {
    year,
    title: `${year}年度工作要点（压力测试）`,
    organization: '校团委',
    sections: SECTIONS.map((title) => ({ title })),
    items: Array.from({ length: count }, (_, i) => draftItem(i, year, variant)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const at = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}T02:30:00.000Z`;

/**
 * Writes a supervision history for every item of a plan, consistent with its final status: started on
 * the 5th of its first month, progress on the 18th of each month worked, closed, cancelled, submitted or
 * returned by a rule on its position; one in fifty postponed; one in five with an evidence row.
 */
export function writeHistories(db: Database.Database, planId: number, year: number, today = TODAY): void {
  const items = db
    .prepare('SELECT id, start_month AS s, end_month AS e, year_round AS yr, is_key AS k FROM item WHERE plan_id = ? ORDER BY id')
    .all(planId) as { id: number; s: number | null; e: number | null; yr: number; k: number }[];
  const nowMonth = Number(today.slice(5, 7));
  const change = db.prepare('INSERT INTO status_change (item_id, at, from_status, to_status, action) VALUES (?, ?, ?, ?, ?)');
  const progress = db.prepare('INSERT INTO progress_entry (item_id, date, text, percent, author, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const status = db.prepare('UPDATE item SET status = ?, completed_at = ?, due_date = coalesce(?, due_date) WHERE id = ?');
  const postpone = db.prepare(
    "INSERT INTO postponement (item_id, previous_due_date, requested_due_date, reason, requested_by, requested_at, decision, decided_by, decided_at) VALUES (?, ?, ?, '活动场地调整', '文员', ?, 'approved', '指导老师', ?)",
  );
  const evidence = db.prepare(
    "INSERT INTO attachment (item_id, original_name, sha256, size, mime, added_by, added_at) VALUES (?, '活动照片.jpg', ?, 204800, 'image/jpeg', '文员', ?)",
  );
  db.transaction(() => {
    items.forEach((it, n) => {
      const start = it.yr ? 2 : it.s!;
      const end = it.yr ? 12 : it.e!;
      if (start > nowMonth) return;
      const kind = n % 10;
      const steps: [string, string, string, number][] = [['not_started', 'in_progress', 'start', start]];
      const lastMonth = Math.min(end, nowMonth);
      const closeMonth = Math.min(end, nowMonth - 1 >= start ? nowMonth - 1 : nowMonth);
      if (kind <= 3 && end < nowMonth) steps.push(['in_progress', 'pending_review', 'submit', closeMonth], ['pending_review', 'done', 'verify', closeMonth]);
      else if (kind === 4) steps.push(['in_progress', 'cancelled', 'cancel', start]);
      else if (kind === 7) steps.push(['in_progress', 'pending_review', 'submit', lastMonth]);
      else if (kind === 8) steps.push(['in_progress', 'pending_review', 'submit', lastMonth], ['pending_review', 'returned', 'return', lastMonth]);
      if (kind === 9) return;
      steps.forEach(([from, to, action, month], k) => change.run(it.id, at(year, month, 5 + k * 10), from, to, action));
      for (let m = start; m <= lastMonth; m++) {
        const percent = Math.min(100, Math.round(((m - start + 1) / (end - start + 1)) * 100));
        progress.run(it.id, `${year}-${pad(m)}-18`, `第${m}月：已完成阶段工作${percent}%，正在推进后续安排。`, percent, '文员', at(year, m, 18));
      }
      let moved: string | null = null;
      if (!it.yr && !it.k && n % 50 === 3 && end < 12) {
        moved = `${year}-${pad(end + 1)}-28`;
        postpone.run(it.id, `${year}-${pad(end)}-${new Date(Date.UTC(year, end, 0)).getUTCDate()}`, moved, at(year, start, 19), at(year, start, 20));
      }
      if (n % 5 === 0) evidence.run(it.id, (it.id.toString(16) + 'ab'.repeat(32)).slice(0, 64), at(year, lastMonth, 18));
      const final = steps[steps.length - 1][1];
      status.run(final, final === 'done' ? at(year, closeMonth, 25) : null, moved, it.id);
    });
  })();
}

/**
 * Copies a plan (items, owners, targets and history) into another year by direct SQL, dates moved by
 * whole years: the earlier years of the 100k ledger.
 */
export function copyPlanSql(db: Database.Database, fromPlanId: number, year: number): number {
  const fromYear = (db.prepare('SELECT year FROM plan WHERE id = ?').get(fromPlanId) as { year: number }).year;
  const shift = year - fromYear;
  const planId = Number(db.prepare("INSERT INTO plan (year, title, organization) VALUES (?, ?, '校团委')").run(year, `${year}年度工作要点（压力测试）`).lastInsertRowid);
  const offset = (db.prepare('SELECT coalesce(max(id), 0) AS m FROM item').get() as { m: number }).m;
  const y = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE printf('%04d', CAST(substr(${column}, 1, 4) AS INTEGER) + ${shift}) || substr(${column}, 5) END`;
  db.transaction(() => {
    db.prepare(`INSERT INTO section (plan_id, ordinal, title) SELECT ?, ordinal, title FROM section WHERE plan_id = ?`).run(planId, fromPlanId);
    db.prepare(
      `INSERT INTO item (id, plan_id, section_id, seq, content, start_month, end_month, year_round, is_key, due_date, cadence, notes, source, source_ref, status, created_at, completed_at)
       SELECT i.id + ${offset}, ?, (SELECT n.id FROM section o JOIN section n ON n.plan_id = ? AND n.ordinal = o.ordinal WHERE o.id = i.section_id),
              seq, content, start_month, end_month, year_round, is_key, ${y('due_date')}, cadence, notes, source, source_ref, status, created_at, ${y('completed_at')}
       FROM item i WHERE i.plan_id = ?`,
    ).run(planId, planId, fromPlanId);
    const ofPlan = `item_id IN (SELECT id FROM item WHERE plan_id = ${Number(fromPlanId)})`;
    db.exec(`INSERT INTO item_owner (item_id, person_id, role, ordinal) SELECT item_id + ${offset}, person_id, role, ordinal FROM item_owner WHERE ${ofPlan}`);
    db.exec(`INSERT INTO target (item_id, ordinal, label, comparator, value, unit, actual) SELECT item_id + ${offset}, ordinal, label, comparator, value, unit, actual FROM target WHERE ${ofPlan}`);
    db.exec(`INSERT INTO status_change (item_id, at, from_status, to_status, action) SELECT item_id + ${offset}, ${y('at')}, from_status, to_status, action FROM status_change WHERE ${ofPlan}`);
    db.exec(`INSERT INTO progress_entry (item_id, date, text, percent, author, created_at) SELECT item_id + ${offset}, ${y('date')}, text, percent, author, ${y('created_at')} FROM progress_entry WHERE ${ofPlan}`);
    db.exec(
      `INSERT INTO postponement (item_id, previous_due_date, requested_due_date, reason, requested_by, requested_at, decision, decided_by, decided_at)
       SELECT item_id + ${offset}, ${y('previous_due_date')}, ${y('requested_due_date')}, reason, requested_by, ${y('requested_at')}, decision, decided_by, ${y('decided_at')} FROM postponement WHERE ${ofPlan}`,
    );
    db.exec(`INSERT INTO attachment (item_id, original_name, sha256, size, mime, added_by, added_at) SELECT item_id + ${offset}, original_name, sha256, size, mime, added_by, ${y('added_at')} FROM attachment WHERE ${ofPlan}`);
  })();
  return planId;
}

export interface BenchLedger {
  app: LedgerApp;
  planId: number;
  persons: number[];
}

/** A ledger of `planItems` items in the measured 2023 plan and `years` plan-years in all. */
export async function makeLedger(app: LedgerApp, planItems: number, years: number): Promise<BenchLedger> {
  for (let k = 0; k < PERSONS; k++) await call(app, 'persons.create', { name: personName(k) });
  const { planId } = await call(app, 'imports.commit', { draft: planDraft(2023, planItems) });
  writeHistories(app.store.sqlite, planId, 2023);
  for (let y = 1; y < years; y++) copyPlanSql(app.store.sqlite, planId, 2023 - y);
  const persons = (await call<{ id: number; name: string }[]>(app, 'persons.list', {})).map((p) => p.id);
  return { app, planId, persons };
}
