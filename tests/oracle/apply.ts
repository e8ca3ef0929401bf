import type { TestLedger } from '../helpers/temp-ledger';
import { addDays, daysBetween, daysInMonth, firstDay, isoOf, lastDay, localDate, shanghaiInstant } from './dates';
import { PERSON_COUNT, SECTION_COUNT, type DaySpec, type HistorySpec } from './history-gen';
import { expectedPercent, plannedDue, spanStart, type History, type HistoryItem, type Status } from './oracle';

// Replays a generated history through the contract, moving the ledger's clock to each action's instant,
// and keeps the test's own record of what was done and when (the oracle reads only this record).

export const PERSON_NAMES = ['赵一鸣', '钱二丽', '孙三石', '李四海', '周五月', '吴六合'];
export const SECTION_TITLES = ['强党建', '强思政', '强治理'];

/** A clock the test moves: the app reads "now" from it. */
export interface MutableClock {
  now: Date;
  read: () => Date;
}

export function mutableClock(start = new Date()): MutableClock {
  const clock: MutableClock = { now: start, read: () => clock.now };
  return clock;
}

/** The first day actions may fall on: mid-December before the plan's year. */
export const FIRST_ACTION_OFFSET = -16;

export function resolveDay(year: number, day: DaySpec, today?: string): string {
  if ('share' in day) {
    const from = addDays(isoOf(year, 1, 1), FIRST_ACTION_OFFSET);
    const span = Math.max(0, daysBetween(from, today!));
    return addDays(from, Math.round((span * day.share) / 1000));
  }
  if ('offset' in day) return addDays(isoOf(year, 1, 1), day.offset);
  const y = year + Math.floor((day.month - 1) / 12);
  const m = ((day.month - 1) % 12) + 1;
  return day.edge === 'first' ? firstDay(y, m) : addDays(firstDay(y, m), -1);
}

export interface Replayed {
  planId: number;
  history: History;
  /** What was done, one line per call, for failure messages. */
  log: string[];
  /** Item ids in generation order. */
  ids: number[];
}

/** Persons shared by every plan of the ledger (created once). */
export async function createPersons(ledger: TestLedger): Promise<number[]> {
  const ids: number[] = [];
  for (const name of PERSON_NAMES.slice(0, PERSON_COUNT)) ids.push((await ledger.ok('persons.create', { name })).id);
  return ids;
}

const STEP: Record<Status, (choice: number) => 'start' | 'submit' | 'verify' | 'return' | 'resume' | 'progress' | null> = {
  not_started: (c) => (c < 50 ? 'start' : 'progress'),
  in_progress: (c) => (c < 70 ? 'submit' : 'progress'),
  pending_review: (c) => (c < 65 ? 'verify' : 'return'),
  returned: (c) => (c < 50 ? 'resume' : 'progress'),
  done: () => null,
  cancelled: () => null,
};

const NEXT: Record<'start' | 'submit' | 'verify' | 'return' | 'resume' | 'cancel', Status> = {
  start: 'in_progress',
  submit: 'pending_review',
  verify: 'done',
  return: 'returned',
  resume: 'in_progress',
  cancel: 'cancelled',
};

/** The 滞后 threshold each ledger was last set to (settings are per ledger; setting them costs a call). */
const thresholds = new WeakMap<TestLedger, number>();

/** Creates the plan with its 板块 and items: in one 导入 commit, or section by section and item by item. */
async function createPlan(ledger: TestLedger, personIds: number[], spec: HistorySpec, log: string[]): Promise<{ planId: number; items: HistoryItem[] }> {
  const { year } = spec;
  const drafts = spec.items.map((s, k) => ({
    s,
    seq: k + 1,
    content: `工作事项${k + 1}`,
    explicitDue: s.due ? isoOf(year, s.due.month, Math.min(s.due.day, daysInMonth(year, s.due.month))) : null,
  }));
  let planId: number;
  const ids: number[] = [];
  if (spec.viaImport) {
    const draft = {
      year,
      title: `${year}年度工作计划`,
      organization: '校团委',
      sections: SECTION_TITLES.slice(0, SECTION_COUNT).map((title) => ({ title })),
      items: drafts.map(({ s, seq, content, explicitDue }) => ({
        seq,
        content,
        yearRound: s.yearRound,
        startMonth: s.startMonth,
        endMonth: s.endMonth,
        isKey: s.isKey,
        sectionTitle: s.section == null ? null : SECTION_TITLES[s.section],
        dueDate: explicitDue,
        owners: s.owners.map((o) => ({ name: PERSON_NAMES[o.person], role: o.role })),
      })),
    };
    const committed = await ledger.ok('imports.commit', { draft });
    planId = committed.planId;
    const listed = await ledger.ok('items.search', { planId, limit: 500 });
    for (const d of drafts) ids.push(listed.rows.find((r) => r.content === d.content)!.id);
    log.push(`plan ${year} (导入)`);
  } else {
    planId = (await ledger.ok('plans.create', { year, title: `${year}年度工作计划`, organization: '校团委' })).id;
    const sectionIds: number[] = [];
    for (const title of SECTION_TITLES.slice(0, SECTION_COUNT)) sectionIds.push((await ledger.ok('sections.create', { planId, title })).id);
    for (const { s, seq, content, explicitDue } of drafts) {
      const created = await ledger.ok('items.create', {
        planId,
        seq,
        content,
        yearRound: s.yearRound,
        startMonth: s.startMonth,
        endMonth: s.endMonth,
        isKey: s.isKey,
        sectionId: s.section == null ? null : sectionIds[s.section],
        dueDate: explicitDue,
        owners: s.owners.map((o) => ({ personId: personIds[o.person], role: o.role })),
      });
      ids.push(created.id);
    }
    log.push(`plan ${year} (items.create)`);
  }
  const items = drafts.map(({ s, seq, content, explicitDue }, k) => {
    log.push(
      `item ${seq}: ${s.yearRound ? '贯穿全年' : `${s.startMonth}-${s.endMonth ?? '∅'}`}${s.isKey ? ' 主要任务' : ''}` +
        `${s.section == null ? '' : ` 板块${SECTION_TITLES[s.section]}`}${explicitDue ? ` 截止${explicitDue}` : ''}` +
        `${s.owners.length ? ` ${s.owners.map((o) => `${PERSON_NAMES[o.person]}/${o.role}`).join(',')}` : ''}`,
    );
    return {
      id: ids[k],
      seq,
      content,
      yearRound: s.yearRound,
      startMonth: s.startMonth,
      endMonth: s.endMonth,
      isKey: s.isKey,
      section: s.section == null ? null : SECTION_TITLES[s.section],
      owners: s.owners.map((o) => ({ name: PERSON_NAMES[o.person], role: o.role })),
      explicitDue,
      statusChanges: [],
      progress: [],
      dueChanges: [],
    } satisfies HistoryItem;
  });
  return { planId, items };
}

export async function replay(ledger: TestLedger, clock: MutableClock, personIds: number[], spec: HistorySpec): Promise<Replayed> {
  const { year } = spec;
  const log: string[] = [];
  clock.now = shanghaiInstant(`${year - 1}-12-01`, 9 * 60);
  if (thresholds.get(ledger) !== spec.threshold) {
    await ledger.ok('settings.update', { lagThresholdPct: spec.threshold, requireEvidenceToClose: false });
    thresholds.set(ledger, spec.threshold);
  }
  const { planId, items } = await createPlan(ledger, personIds, spec, log);
  const plan = { id: planId };

  const today = resolveDay(year, spec.today);
  const todayInstant = shanghaiInstant(today, spec.todayMinute);
  const actions = spec.actions
    .map((a) => ({ ...a, at: shanghaiInstant(resolveDay(year, a.day, today), a.minute) }))
    .filter((a) => a.at.getTime() <= todayInstant.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  const status = new Map<number, Status>(items.map((i) => [i.id, 'not_started']));
  const pending = new Map<number, { id: number; due: string }>();
  const dueNow = (item: HistoryItem) => item.dueChanges.at(-1)?.due ?? plannedDue(year, item);

  for (const a of actions) {
    if (items.length === 0) break;
    // a decision goes to one of the requests waiting for one
    const waiting = [...pending.keys()];
    const item =
      a.kind === 'decide' && waiting.length
        ? items.find((i) => i.id === waiting[a.item % waiting.length])!
        : items[a.item % items.length];
    const current = status.get(item.id)!;
    clock.now = a.at;
    const date = localDate(a.at);
    const at = `${a.at.toISOString()} (${date})`;
    const closed = current === 'done' || current === 'cancelled';
    let step: 'start' | 'submit' | 'verify' | 'return' | 'resume' | 'cancel' | 'progress' | 'postpone' | 'decide' | null;
    if (a.kind === 'advance') step = STEP[current](a.choice);
    else if (a.kind === 'progress' || a.kind === 'cancel') step = closed ? null : a.kind;
    else if (a.kind === 'postpone') step = closed || pending.has(item.id) ? null : 'postpone';
    else step = pending.has(item.id) ? 'decide' : null;
    if (step === null) continue;

    if (step === 'progress') {
      const start = spanStart(year, item);
      const back = addDays(date, -a.back);
      const entryDate = date < start ? date : back < start ? start : back;
      const text = `进展${item.seq}-${item.progress.length + 1}`;
      let percent: number | null;
      if (a.percent === null || typeof a.percent === 'number') percent = a.percent;
      else {
        // on the 滞后 line on a day a form reads: the end of this month, or today
        const [y, m] = date.split('-').map(Number);
        const monthEnd = y === year ? lastDay(year, m) : today;
        const readOn = a.choice % 2 === 0 && monthEnd < today ? monthEnd : today;
        percent = Math.max(0, Math.min(100, expectedPercent(year, item, readOn) - spec.threshold + a.percent.tie));
      }
      await ledger.ok('progress.add', { itemId: item.id, date: entryDate, text, percent });
      item.progress.push({ date: entryDate, percent, text });
      log.push(`${at} #${item.seq} progress ${entryDate} ${percent ?? 'null'}%`);
      if (current === 'not_started' || current === 'returned') {
        status.set(item.id, 'in_progress');
        item.statusChanges.push({ date, to: 'in_progress' });
      }
    } else if (step === 'postpone') {
      const due = addDays(dueNow(item), a.extend);
      const request = await ledger.ok('postponements.request', { itemId: item.id, dueDate: due, reason: '工作需要' });
      pending.set(item.id, { id: request.id, due });
      log.push(`${at} #${item.seq} postpone-request ${due}`);
    } else if (step === 'decide') {
      const request = pending.get(item.id)!;
      const approve = a.choice < 70;
      await ledger.ok('postponements.decide', { id: request.id, approve, comment: '' });
      pending.delete(item.id);
      if (approve) item.dueChanges.push({ date, due: request.due });
      log.push(`${at} #${item.seq} postpone-${approve ? 'approve' : 'reject'} ${request.due}`);
    } else {
      await ledger.ok('items.transition', { id: item.id, action: step, reason: step === 'return' || step === 'cancel' ? '原因' : '' });
      status.set(item.id, NEXT[step]);
      item.statusChanges.push({ date, to: NEXT[step] });
      log.push(`${at} #${item.seq} ${step}`);
    }
  }

  clock.now = todayInstant;
  log.push(`today ${todayInstant.toISOString()} (${localDate(todayInstant)}), threshold ${spec.threshold}`);
  return {
    planId: plan.id,
    ids: items.map((i) => i.id),
    log,
    history: { year, threshold: spec.threshold, today: localDate(todayInstant), items },
  };
}

