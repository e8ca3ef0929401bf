import fc from 'fast-check';
import type { Period } from './oracle';

// Random plan histories, as data: the items of a plan and what happens to them when. Dates are given
// relative to the plan's year (an offset from 1 January, or the edge of a month) so one shape of
// history can be replayed in any year; tests/oracle/apply.ts turns it into contract calls.

/**
 * A day: `offset` days after 1 January; or the last day before / first day of month `month` (13+: the next
 * year); or, for actions, a point `share`/1000 of the way from the first action day to today.
 */
export type DaySpec = { offset: number } | { month: number; edge: 'last-before' | 'first' } | { share: number };

export type ActionKind = 'advance' | 'progress' | 'cancel' | 'postpone' | 'decide';

export interface ActionSpec {
  day: DaySpec;
  /** Minutes after midnight, Asia/Shanghai. */
  minute: number;
  /** Index into the items (taken modulo their number); for 'decide', into the pending requests. */
  item: number;
  kind: ActionKind;
  /** 0–99: which of the valid next steps 'advance' takes, approve or reject for 'decide'. */
  choice: number;
  /** A percent, none, or one just at the 滞后 line: 序时 − threshold + `tie` on a day the item is read. */
  percent: number | null | { tie: number };
  /** Days a progress entry is backdated (kept within the span). */
  back: number;
  /** Days a postponement adds to the deadline in force. */
  extend: number;
}

export interface ItemSpec {
  yearRound: boolean;
  startMonth: number | null;
  endMonth: number | null;
  isKey: boolean;
  section: number | null;
  owners: { person: number; role: 'lead' | 'assist' }[];
  /** Explicit deadline: a day in a month of (or just after) the span. */
  due: { month: number; day: number } | null;
}

/** A month: 1–12, or relative to today's month (0: this month, −1: the last one …). */
export type MonthSpec = { month: number } | { back: number };

/** A period: fixed months, or ending `back` months before today's month and `length` months long. */
export type PeriodSpec = Period | { back: number; length: number };

export interface HistorySpec {
  year: number;
  /** Create the plan through 导入 (imports.commit) rather than plans/sections/items.create. */
  viaImport: boolean;
  threshold: number;
  items: ItemSpec[];
  actions: ActionSpec[];
  today: DaySpec;
  todayMinute: number;
  dashboardMonth: MonthSpec;
  monthForms: MonthSpec[];
  reports: PeriodSpec[];
}

/** The plan month a MonthSpec names, given today (January or December when today is outside the year). */
export function resolveMonth(year: number, today: string, m: MonthSpec): number {
  if ('month' in m) return m.month;
  const [y, mo] = today.split('-').map(Number);
  const current = y < year ? 1 : y > year ? 12 : mo;
  return Math.max(1, current + m.back);
}

export function resolvePeriod(year: number, today: string, p: PeriodSpec): Period {
  if ('fromMonth' in p) return p;
  const toMonth = resolveMonth(year, today, { back: p.back });
  return { fromMonth: Math.max(1, toMonth - p.length + 1), toMonth };
}

export const PERSON_COUNT = 6;
export const SECTION_COUNT = 3;

const month = fc.integer({ min: 1, max: 12 });

const monthEdge: fc.Arbitrary<DaySpec> = fc.record({
  month: fc.integer({ min: 2, max: 14 }),
  edge: fc.constantFrom('last-before' as const, 'first' as const),
});

/** Today: any day of the year or the first months after it, often a month's first or last day. */
const todaySpec: fc.Arbitrary<DaySpec> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 455 }).map((offset) => ({ offset })) },
  { weight: 4, arbitrary: monthEdge },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: -1 }).map((offset) => ({ offset })) },
);

/** An action's day: somewhere before today, often on a month's edge (those after today are dropped). */
const actionDay: fc.Arbitrary<DaySpec> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }).map((share) => ({ share })) },
  { weight: 2, arbitrary: monthEdge },
);

/** Office hours mostly; now and then just after midnight or just before it. */
const minute = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 8 * 60, max: 19 * 60 + 59 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 23 * 60 + 40, max: 23 * 60 + 59 }) },
);

const owners = fc
  .uniqueArray(fc.integer({ min: 0, max: PERSON_COUNT - 1 }), { maxLength: 3 })
  .chain((people) =>
    fc.tuple(...people.map(() => fc.constantFrom('lead' as const, 'assist' as const))).map((roles) =>
      people.map((person, k) => ({ person, role: roles[k] })),
    ),
  );

const span = fc.oneof(
  // one month (sometimes without an end month)
  { weight: 4, arbitrary: fc.tuple(month, fc.boolean()).map(([m, open]) => ({ yearRound: false, startMonth: m, endMonth: open ? null : m })) },
  // several months: 7-8月, 11-12月 …
  {
    weight: 3,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 3 })).map(([s, len]) => ({
      yearRound: false, startMonth: s, endMonth: Math.min(12, s + len),
    })),
  },
  { weight: 2, arbitrary: fc.constant({ yearRound: true, startMonth: null, endMonth: null }) },
);

export const itemSpec: fc.Arbitrary<ItemSpec> = fc
  .record({
    span,
    isKey: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) }),
    keyYearRound: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    section: fc.integer({ min: 0, max: SECTION_COUNT - 1 }),
    sectionRoll: fc.integer({ min: 0, max: 9 }),
    owners,
    due: fc.option(fc.record({ pick: fc.integer({ min: 0, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }), { freq: 4 }),
  })
  .map(({ span: s, isKey, keyYearRound, section, sectionRoll, owners: o, due }) => {
    const spanOf = isKey && keyYearRound ? { yearRound: true, startMonth: null, endMonth: null } : s;
    const first = spanOf.yearRound ? 1 : spanOf.startMonth!;
    const last = spanOf.yearRound ? 12 : (spanOf.endMonth ?? spanOf.startMonth!);
    // key tasks mostly under a 板块; other items now and then
    const withSection = isKey ? sectionRoll < 9 : sectionRoll < 2;
    return {
      ...spanOf,
      isKey,
      section: withSection ? section : null,
      owners: o,
      // a deadline inside the span, or in the month after it
      due: due ? { month: Math.min(12, first + (due.pick % (last - first + 2))), day: due.day } : null,
    };
  });

export const actionSpec: fc.Arbitrary<ActionSpec> = fc.record({
  day: actionDay,
  minute,
  // two actions in three go to the first three items, so some go the whole way (办结, 退回, 延期)
  item: fc.oneof({ weight: 2, arbitrary: fc.nat({ max: 2 }) }, { weight: 1, arbitrary: fc.nat({ max: 999 }) }),
  kind: fc.oneof(
    { weight: 10, arbitrary: fc.constant('advance' as const) },
    { weight: 5, arbitrary: fc.constant('progress' as const) },
    { weight: 1, arbitrary: fc.constant('cancel' as const) },
    { weight: 2, arbitrary: fc.constant('postpone' as const) },
    { weight: 2, arbitrary: fc.constant('decide' as const) },
  ),
  choice: fc.integer({ min: 0, max: 99 }),
  percent: fc.option(
    fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 10 }).map((k) => k * 10),
      fc.integer({ min: -1, max: 1 }).map((tie) => ({ tie })),
    ),
    { freq: 6 },
  ),
  back: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }) }),
  extend: fc.integer({ min: 1, max: 90 }),
});

/** Forms are mostly made for this month or the last one (where the actions are), sometimes for any. */
const monthSpec: fc.Arbitrary<MonthSpec> = fc.oneof(
  month.map((m) => ({ month: m })),
  fc.integer({ min: -2, max: 0 }).map((back) => ({ back })),
);

const period: fc.Arbitrary<PeriodSpec> = fc.oneof(
  month.map((m) => ({ fromMonth: m, toMonth: m })),
  fc.tuple(month, month).map(([a, b]) => ({ fromMonth: Math.min(a, b), toMonth: Math.max(a, b) })),
  fc.record({ back: fc.integer({ min: -1, max: 0 }), length: fc.integer({ min: 1, max: 3 }) }),
);

export const historySpec: fc.Arbitrary<HistorySpec> = fc.record({
  year: fc.integer({ min: 2000, max: 2100 }),
  viaImport: fc.oneof({ weight: 7, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  threshold: fc.oneof({ weight: 6, arbitrary: fc.constant(20) }, { weight: 1, arbitrary: fc.constantFrom(0, 10, 35) }),
  // mostly small plans (the app takes ~10 ms a call), now and then a big one
  items: fc.oneof(
    { weight: 5, arbitrary: fc.array(itemSpec, { minLength: 5, maxLength: 9, size: 'max' }) },
    { weight: 2, arbitrary: fc.array(itemSpec, { minLength: 10, maxLength: 16, size: 'max' }) },
    { weight: 1, arbitrary: fc.array(itemSpec, { minLength: 17, maxLength: 25, size: 'max' }) },
  ),
  actions: fc.array(actionSpec, { maxLength: 40, size: 'max' }),
  today: todaySpec,
  todayMinute: fc.integer({ min: 8 * 60, max: 22 * 60 }),
  dashboardMonth: monthSpec,
  monthForms: fc.array(monthSpec, { minLength: 1, maxLength: 2 }),
  reports: fc.array(period, { minLength: 1, maxLength: 2 }),
});
