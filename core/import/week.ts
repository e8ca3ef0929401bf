import { parseChineseNumber } from './chinese-number';
import { compact } from './normalize';

// Weeks as 行事历 number them (第1周, 第十二周, a bare 一 in a 周次 column) and the day each starts on. A week
// belongs to the month it starts in; a week written without dates takes its day from the dated weeks of the
// same document, seven days per week.

const NUM = '[0-9一二三四五六七八九十]{1,3}';
/** A whole 周次 cell: 第3周, 3, 三, 第3-4周. */
const WEEK_CELL = new RegExp(`^(?:第)?(${NUM})(?:[-~至、](?:第)?${NUM})?(?:周|週)?$`);
/** A week at the start of a heading or cell: 第三周（3月11日—17日）, 第3周: … */
const WEEK_LEAD = new RegExp(`^第(${NUM})(?:[-~至、](?:第)?${NUM})?(?:周|週)`);

function weekNumber(token: string): number | null {
  const n = /^\d+$/.test(token) ? Number(token) : parseChineseNumber(token);
  return n !== null && n >= 1 && n <= 60 ? n : null;
}

/** The week number of a 周次 cell that holds nothing else, or null. */
export function weekCell(text: string): number | null {
  const m = WEEK_CELL.exec(compact(text));
  return m ? weekNumber(m[1]) : null;
}

/** The week a text starts with (第N周), and how many characters of the compacted text it takes. */
export function leadingWeek(text: string): { week: number; length: number } | null {
  const m = WEEK_LEAD.exec(compact(text));
  const week = m ? weekNumber(m[1]) : null;
  return m && week !== null ? { week, length: m[0].length } : null;
}

export interface MonthDay {
  month: number;
  day: number;
}

const DAY_CN = /(\d{1,2})月(\d{1,2})[日号]?/;
const DAY_DOTTED = /(?:^|[^\d.])(\d{1,2})[./](\d{1,2})(?![\d年])/;

/** The first day a text names (3月4日-3月10日 → 3/4, 9.30-10.4 → 9/30), or null. */
export function firstDay(text: string): MonthDay | null {
  const c = compact(text);
  const cn = DAY_CN.exec(c);
  const dotted = DAY_DOTTED.exec(c);
  const m = cn && (!dotted || cn.index <= dotted.index) ? cn : dotted;
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

const DAY_MS = 24 * 3600 * 1000;

/** Dated weeks of one document; answers the starting month of any week number from the nearest dated one. */
export class WeekCalendar {
  private readonly anchors: Array<{ week: number; time: number }> = [];

  constructor(private readonly year: number) {}

  /** A week whose first day is known. Days run on through the new year (a term from 9月 to 1月). */
  add(week: number, day: MonthDay): void {
    const previous = this.anchors[this.anchors.length - 1];
    let time = Date.UTC(this.year, day.month - 1, day.day);
    if (previous && time < previous.time - 180 * DAY_MS) time = Date.UTC(this.year + 1, day.month - 1, day.day);
    this.anchors.push({ week, time });
  }

  get dated(): boolean {
    return this.anchors.length > 0;
  }

  /** The month (1..12) and the years after the plan's year that week `week` starts in; null with no dated week. */
  startOf(week: number): { month: number; yearOffset: number } | null {
    if (this.anchors.length === 0) return null;
    const nearest = this.anchors.reduce((a, b) => (Math.abs(b.week - week) < Math.abs(a.week - week) ? b : a));
    const start = new Date(nearest.time + (week - nearest.week) * 7 * DAY_MS);
    return { month: start.getUTCMonth() + 1, yearOffset: start.getUTCFullYear() - this.year };
  }
}
