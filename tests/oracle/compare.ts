import type { DashboardView } from '../../core/contract/supervision';
import type { FormTable, PrintDocument, Row } from '../../core/export/document';
import { chineseDate } from './dates';
import {
  expectedDashboard, expectedForm, expectedSummary, groupTallies, ownerGroups, periodLabel, STATES, type Entry, type History,
  type HistoryItem, type Period, type Placement, type State, type Status, type Tally,
} from './oracle';

// Reads what the app produced (dashboard data, the forms' document model) and lists every place where
// it differs from the oracle. Only the outputs are read: labels, cells and text.

/** One difference: where, what the app says, what the oracle says. */
export type Mismatch = string;

const STATUS_LABELS: Record<Status, string> = {
  not_started: '未开始',
  in_progress: '进行中',
  pending_review: '待核验',
  returned: '退回',
  done: '已办结',
  cancelled: '已中止',
};

const STATE_LABELS: Record<State, string> = {
  done_in_period: '本期办结',
  done_before: '此前办结',
  cancelled: '已中止',
  overdue: '逾期',
  lagging: '滞后',
  not_yet_started: '未到开始时间',
  on_schedule: '按序推进',
};

const show = (v: unknown) => JSON.stringify(v);

/** How many values were compared with the oracle so far (for the test's report). */
export const comparisons = { count: 0 };

/** What the compared forms held: rows by state and place (so a run shows it met every case). */
export const coverage = new Map<string, number>();

function covered(key: string): void {
  coverage.set(key, (coverage.get(key) ?? 0) + 1);
}

function diff(out: Mismatch[], where: string, app: unknown, oracle: unknown): void {
  comparisons.count += 1;
  if (show(app) !== show(oracle)) out.push(`${where}: app ${show(app)} ≠ oracle ${show(oracle)}`);
}

const cellValue = (c: unknown): unknown => (c !== null && typeof c === 'object' ? (c as { value: unknown }).value : c);
const cellString = (c: unknown): string => String(cellValue(c) ?? '');

// ---- tallies --------------------------------------------------------------------------------------

/** A tally as the tables print it: 事项数, 已办结, 按序推进, 滞后, 逾期, 未到开始时间, 已中止, 完成率. */
const TALLY_HEADERS = ['事项数', '已办结', '按序推进', '滞后', '逾期', '未到开始时间', '已中止', '完成率'];

function tallyColumns(t: Tally): (number | null)[] {
  const s = t.byState;
  return [t.total, t.done, s.on_schedule, s.lagging, s.overdue, s.not_yet_started, s.cancelled, t.rate];
}

function compareTallyMaps(out: Mismatch[], where: string, app: Map<string, (number | null)[]>, oracle: Map<string, Tally>): void {
  diff(out, `${where} rows`, [...app.keys()].sort(), [...oracle.keys()].sort());
  for (const [label, t] of oracle) if (app.has(label)) diff(out, `${where} ${label}`, app.get(label), tallyColumns(t));
}

function compareDashTally(out: Mismatch[], where: string, app: { total: number; done: number; byState: Record<string, number>; rate: number | null }, t: Tally): void {
  const byState = Object.fromEntries(STATES.map((s) => [s, app.byState[s] ?? 0]));
  diff(out, where, { total: app.total, done: app.done, byState, rate: app.rate }, t);
}

/** 主要任务 first, then the periods in calendar order (2月, 2-4月, 3月 …), 贯穿全年 last. */
function monthGroupOrder(label: string): number {
  if (label === '主要任务') return -1;
  if (label === '贯穿全年') return 10_000;
  const m = /^(\d+)(?:-(\d+))?月$/.exec(label);
  return m ? Number(m[1]) * 100 + Number(m[2] ?? m[1]) : 5_000;
}

function checkMonthOrder(out: Mismatch[], where: string, labels: string[]): void {
  const sorted = [...labels].sort((a, b) => monthGroupOrder(a) - monthGroupOrder(b));
  diff(out, `${where} order`, labels, sorted);
}

// ---- dashboard ------------------------------------------------------------------------------------

/** `listed`: the ids of every page of the dashboard's lists (the view itself carries one page of one list). */
export function compareDashboard(h: History, month: number, app: DashboardView, listed: Record<'thisMonth' | 'overdue' | 'lagging', number[]>): Mismatch[] {
  const out: Mismatch[] = [];
  const e = expectedDashboard(h, month);
  diff(out, 'dashboard.today', app.today, h.today);
  compareDashTally(out, 'dashboard.totals', app.totals, e.totals);
  compareDashTally(out, `dashboard.monthTotals(${month}月)`, app.monthTotals, e.monthTotals);
  diff(out, 'dashboard.counts', { thisMonth: app.counts.thisMonth, overdue: app.counts.overdue, lagging: app.counts.lagging }, e.counts);
  diff(out, 'dashboard.thisMonth ids', [...listed.thisMonth].sort((a, b) => a - b), [...e.thisMonthIds].sort((a, b) => a - b));
  diff(out, 'dashboard.overdue ids', [...listed.overdue].sort((a, b) => a - b), [...e.overdueIds].sort((a, b) => a - b));
  diff(out, 'dashboard.lagging ids', [...listed.lagging].sort((a, b) => a - b), [...e.laggingIds].sort((a, b) => a - b));
  for (const [name, groups, expected] of [
    ['byMonth', app.byMonth, e.byMonth],
    ['byOwner', app.byOwner, e.byOwner],
    ['bySection', app.bySection, e.bySection],
  ] as const) {
    diff(out, `dashboard.${name} labels`, groups.map((g) => g.label).sort(), [...expected.keys()].sort());
    for (const g of groups) if (expected.has(g.label)) compareDashTally(out, `dashboard.${name} ${g.label}`, g.tally, expected.get(g.label)!);
  }
  checkMonthOrder(out, 'dashboard.byMonth', app.byMonth.map((g) => g.label));
  return out;
}

// ---- tables ---------------------------------------------------------------------------------------

interface Group {
  name: string;
  /** The count in the group's heading. */
  count: number | null;
  heading: string;
  rows: unknown[][];
}

function groupsOf(rows: Row[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    if ('group' in row) {
      const m = /^[一二三四五六七八九十]+、(.+?)（(?:(\d+)项)?/.exec(row.group);
      groups.push({ name: m ? m[1] : row.group, count: m?.[2] ? Number(m[2]) : null, heading: row.group, rows: [] });
    } else {
      if (groups.length === 0) groups.push({ name: '', count: null, heading: '', rows: [] });
      groups.at(-1)!.rows.push(row.cells);
    }
  }
  return groups;
}

const GROUP_PLACEMENT: Record<string, Placement> = {
  本月工作事项: 'scheduled',
  本期工作事项: 'scheduled',
  结转事项: 'carried',
  提前办结事项: 'early',
  主要任务: 'key',
  贯穿全年工作: 'yearRound',
};

const PLACEMENT_NAMES: Record<Placement, string> = {
  scheduled: '本月工作事项',
  carried: '结转事项',
  early: '提前办结事项',
  key: '主要任务',
  yearRound: '贯穿全年工作',
};

/** The state a row shows: 完成情况 says 本期办结 / 此前办结 / 已中止; otherwise the 预警 cell. */
function rowState(status: string, warning: string): State | string {
  if (status.startsWith('本期办结')) return 'done_in_period';
  if (status.startsWith('此前办结')) return 'done_before';
  if (status.startsWith('已中止')) return 'cancelled';
  const byWarning: Record<string, State> = { 逾期: 'overdue', 滞后: 'lagging', 未到开始时间: 'not_yet_started', 正常: 'on_schedule', 临期: 'on_schedule' };
  return byWarning[warning] ?? `?${status}|${warning}`;
}

/** What 完成情况 should read: the state for closed items, else the status with the latest percent. */
function expectedStatusCell(e: Entry, asOf: string): string {
  if (e.state === 'done_in_period' || e.state === 'done_before' || e.state === 'cancelled') return STATE_LABELS[e.state];
  let latest: { date: string; percent: number | null } | null = null;
  for (const p of e.item.progress) if (p.date <= asOf && (latest === null || p.date >= latest.date)) latest = p;
  return `${STATUS_LABELS[e.status]}${latest?.percent != null ? `（${latest.percent}%）` : ''}`;
}

/** 完成时限: the deadline in force on the reading day (a postponed one followed by （原定…）). */
function compareDueCell(out: Mismatch[], where: string, h: History, cell: string, e: Entry): void {
  const m = /^(?:(\d{4})年)?(\d+)月(\d+)日/.exec(cell);
  const [y, mo, d] = e.due.split('-').map(Number);
  diff(out, where, m ? [Number(m[2]), Number(m[3])] : cell, [mo, d]);
  if (m && m[1] !== undefined) diff(out, `${where} year`, Number(m[1]), y);
  if (m && m[1] === undefined && y !== h.year) out.push(`${where}: ${show(cell)} for ${e.due} — a deadline outside the plan year must print its year`);
}

/** 主办 and 协办: the item's owners in each role (names joined by 、, in any order). */
function compareOwnerCells(out: Mismatch[], where: string, headers: string[], cells: unknown[], item: HistoryItem): void {
  for (const [header, role] of [['主办', 'lead'], ['协办', 'assist']] as const) {
    const k = headers.indexOf(header);
    if (k < 0) continue;
    const names = (text: string) => text.split('、').filter(Boolean).sort();
    diff(out, `${where} ${header}`, names(cellString(cells[k])), item.owners.filter((o) => o.role === role).map((o) => o.name).sort());
  }
}

function itemOfRow(h: History, cells: unknown[], contentIndex: number): HistoryItem | undefined {
  const content = cellString(cells[contentIndex]);
  return h.items.find((i) => i.content === content);
}

/**
 * An item table (月度工作推进表, a month sheet or the 全年 sheet): each group holds exactly the items the
 * oracle places there, and each row shows the item's state, status, deadline and progress on `asOf`.
 */
function compareItemTable(
  out: Mismatch[],
  where: string,
  h: History,
  table: FormTable,
  entries: Entry[],
  asOf: string,
  groupOf: (e: Entry) => string,
): void {
  const headers = table.columns.map((c) => c.header);
  const col = (name: string) => headers.indexOf(name);
  const [contentCol, statusCol, warningCol, dueCol, progressCol, monthCol] = ['工作内容', '完成情况', '预警', '完成时限', '进展情况', '月份'].map(col);
  const groups = groupsOf(table.rows);
  const appGroups = new Map<string, string[]>();
  const seen = new Set<number>();
  for (const g of groups) {
    if (g.count !== null && g.count !== g.rows.length) out.push(`${where} 「${g.heading}」 says ${g.count} items but lists ${g.rows.length}`);
    const contents: string[] = [];
    for (const cells of g.rows) {
      const item = itemOfRow(h, cells, contentCol);
      if (!item) {
        out.push(`${where} 「${g.name}」 row ${show(cells)} names no item of the history`);
        continue;
      }
      contents.push(item.content);
      seen.add(item.id);
      const e = entries.find((x) => x.item.id === item.id);
      if (!e) continue;
      const label = `${where} 「${g.name}」 ${item.content}`;
      covered(`${e.state} · ${e.placement}`);
      diff(out, `${label} state`, rowState(cellString(cells[statusCol]), cellString(cells[warningCol])), e.state);
      diff(out, `${label} 完成情况`, cellString(cells[statusCol]), expectedStatusCell(e, asOf));
      compareDueCell(out, `${label} 完成时限`, h, cellString(cells[dueCol]), e);
      diff(out, `${label} 进展情况`, cellString(cells[progressCol]), e.progressText ?? '');
      if (monthCol >= 0) diff(out, `${label} 月份`, cellString(cells[monthCol]), periodLabel(item));
      compareOwnerCells(out, label, headers, cells, item);
    }
    appGroups.set(g.name, [...(appGroups.get(g.name) ?? []), ...contents]);
  }
  const oracleGroups = new Map<string, string[]>();
  for (const e of entries) oracleGroups.set(groupOf(e), [...(oracleGroups.get(groupOf(e)) ?? []), e.item.content]);
  const sortC = (list: string[]) => [...list].sort();
  diff(out, `${where} groups`, [...appGroups.keys()].sort(), [...oracleGroups.keys()].sort());
  for (const [name, list] of oracleGroups) diff(out, `${where} 「${name}」 items`, sortC(appGroups.get(name) ?? []), sortC(list));
}

/** 月度工作推进表 or a 台账 month sheet for `month`. */
export function compareMonthTable(h: History, month: number, table: FormTable, where: string): Mismatch[] {
  const out: Mismatch[] = [];
  const { asOf, entries } = expectedForm(h, { fromMonth: month, toMonth: month });
  compareItemTable(out, where, h, table, entries, asOf, (e) => PLACEMENT_NAMES[e.placement]);
  const yearRound = groupsOf(table.rows).find((g) => g.name === '贯穿全年工作');
  if (yearRound && !/本月已打卡\d+项/.test(yearRound.heading)) out.push(`${where} 贯穿全年 heading without 打卡 count: ${yearRound.heading}`);
  return out;
}

function tableRows(rows: Row[]): Map<string, { label: string; values: (number | null)[] }[]> {
  const sections = new Map<string, { label: string; values: (number | null)[] }[]>();
  let current = '';
  for (const row of rows) {
    if ('group' in row) {
      current = row.group.slice(0, 2);
      sections.set(current, []);
    } else sections.get(current)?.push({ label: cellString(row.cells[0]), values: row.cells.slice(1).map((c) => cellValue(c) as number | null) });
  }
  return sections;
}

const asMap = (rows: { label: string; values: (number | null)[] }[] | undefined) => new Map((rows ?? []).map((r) => [r.label, r.values]));

/** The 督查台账: 全年 sheet, each month sheet, 汇总 (sections 一 to 五). */
export function compareLedger(h: History, tables: FormTable[]): Mismatch[] {
  const out: Mismatch[] = [];
  const summary = expectedSummary(h);
  const monthSheets = tables.filter((t) => /^\d+月$/.test(t.sheetName));
  diff(out, '台账 sheets', tables.map((t) => t.sheetName), ['全年', ...summary.months.map((m) => `${m.month}月`), '汇总']);

  const yearSheet = tables.find((t) => t.sheetName === '全年');
  if (yearSheet) {
    const year = expectedForm(h, { fromMonth: 1, toMonth: 12 });
    compareItemTable(out, '台账 全年', h, yearSheet, year.entries, year.asOf, (e) =>
      e.item.isKey ? '主要任务' : e.item.yearRound ? '贯穿全年工作' : '月度工作',
    );
  }
  for (const sheet of monthSheets) out.push(...compareMonthTable(h, Number.parseInt(sheet.sheetName, 10), sheet, `台账 ${sheet.sheetName}`));

  const sheet = tables.find((t) => t.sheetName === '汇总');
  if (!sheet) return [...out, '台账 has no 汇总 sheet'];
  diff(out, '汇总 columns', sheet.columns.map((c) => c.header), ['项目', ...TALLY_HEADERS]);
  const heading = sheet.rows.find((r): r is { group: string } => 'group' in r && r.group.startsWith('一、'));
  const asOfText = (() => {
    const [y, m, d] = summary.asOf.split('-').map(Number);
    return `截至${y}年${m}月${d}日`;
  })();
  if (!heading?.group.includes(asOfText)) out.push(`汇总 一 heading ${show(heading?.group)} does not say ${asOfText}`);
  const sections = tableRows(sheet.rows);
  compareTallyMaps(out, '汇总 一', asMap(sections.get('一、')), new Map([['全部事项', summary.total]]));
  compareTallyMaps(out, '汇总 二 按月份', asMap(sections.get('二、')), summary.byMonth);
  checkMonthOrder(out, '汇总 二 按月份', (sections.get('二、') ?? []).map((r) => r.label));
  compareTallyMaps(out, '汇总 三 按责任人', asMap(sections.get('三、')), summary.byOwner);
  compareTallyMaps(out, '汇总 四 按板块', asMap(sections.get('四、')), summary.bySection);
  // 「3月（截至3月31日）」, with the year when the reading day is outside the plan's year (today before it starts).
  const months = new Map(summary.months.map((m) => [`${m.month}月（截至${chineseDate(m.asOf, h.year)}）`, m.tally]));
  compareTallyMaps(out, '汇总 五 各月', asMap(sections.get('五、')), months);
  return out;
}

// ---- 督查通报 ---------------------------------------------------------------------------------------

export interface ReportModel {
  asOf: string;
  items: { id: number; state: string; placement: string }[];
}

const COUNT_LABELS = ['已办结', '本期办结', '此前办结', '按序推进', '滞后', '逾期', '未到开始时间', '已中止'];

/** "已办结1项（本期办结1项、此前办结0项），滞后3项" → { 已办结: 1, 本期办结: 1, 此前办结: 0, 滞后: 3 } */
function countsIn(text: string, labels: string[] = COUNT_LABELS): Map<string, number> {
  const found = new Map<string, number>();
  for (const label of labels) {
    // no label is part of another one followed by a number: 已办结 / 本期办结, 滞后 / 进度滞后或逾期
    const m = new RegExp(`${label}(\\d+)项`).exec(text);
    if (m) found.set(label, Number(m[1]));
  }
  return found;
}

const SCOPE_LABELS: Record<Placement, string[]> = {
  scheduled: ['本月工作', '本期工作'],
  carried: ['以前月份结转'],
  early: ['提前办结'],
  key: ['主要任务'],
  yearRound: ['贯穿全年工作'],
};

/** The state counts a paragraph states: every state with items must be there, and each number right. */
function compareStateCounts(out: Mismatch[], where: string, said: Map<string, number>, t: Tally): void {
  const expected: [string, number][] = [
    ['已办结', t.done],
    ['本期办结', t.byState.done_in_period],
    ['此前办结', t.byState.done_before],
    ['按序推进', t.byState.on_schedule],
    ['滞后', t.byState.lagging],
    ['逾期', t.byState.overdue],
    ['未到开始时间', t.byState.not_yet_started],
    ['已中止', t.byState.cancelled],
  ];
  for (const [label, n] of expected) {
    if (said.has(label)) diff(out, `${where} ${label}`, said.get(label), n);
    else if (n !== 0 && !(label === '本期办结' || label === '此前办结') ) out.push(`${where}: ${label} ${n}项 not stated`);
  }
  if (t.byState.done_in_period > 0 && t.byState.done_before > 0 && !(said.has('本期办结') && said.has('此前办结')))
    out.push(`${where}: 本期办结/此前办结 not stated`);
}

function rateText(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(1)}%`;
}

function blockTexts(doc: PrintDocument): string[] {
  return doc.blocks.flatMap((b) => ('text' in b && typeof b.text === 'string' ? [b.text] : []));
}

/** The table or 「（无）」 following a heading, up to the next heading. */
function tableAfter(doc: PrintDocument, headingText: string): { rows: Row[]; headers: string[] } | 'none' | 'missing' {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === headingText);
  if (start < 0) return 'missing';
  for (const b of doc.blocks.slice(start + 1)) {
    if (b.kind === 'heading') break;
    if (b.kind === 'table') return { rows: b.rows, headers: b.columns.map((c) => c.header) };
    if (b.kind === 'paragraph' && b.text === '（无）') return 'none';
  }
  return 'missing';
}

function compareItemList(out: Mismatch[], where: string, h: History, found: ReturnType<typeof tableAfter>, entries: Entry[]): void {
  if (found === 'missing') return void out.push(`${where}: missing`);
  if (found === 'none') return diff(out, `${where} items`, [], entries.map((e) => e.item.content).sort());
  const contentCol = found.headers.indexOf('工作内容');
  const stateCol = found.headers.indexOf('状态');
  const rows = found.rows.filter((r): r is { cells: unknown[] } & Row => 'cells' in r);
  diff(out, `${where} items`, rows.map((r) => cellString(r.cells[contentCol])).sort(), entries.map((e) => e.item.content).sort());
  for (const r of rows) {
    const item = itemOfRow(h, r.cells, contentCol);
    const e = entries.find((x) => x.item.id === item?.id);
    if (e && stateCol >= 0) diff(out, `${where} ${e.item.content} 状态`, cellString(r.cells[stateCol]), STATE_LABELS[e.state]);
    if (e) compareOwnerCells(out, `${where} ${e.item.content}`, found.headers, r.cells, e.item);
  }
}

/** The 通报's model: the period's items, each with its state and place, read on the right day. */
export function compareReportModel(h: History, p: Period, model: ReportModel): Mismatch[] {
  const out: Mismatch[] = [];
  const where = `通报 ${p.fromMonth}-${p.toMonth}月 model`;
  const { asOf, entries } = expectedForm(h, p);
  diff(out, `${where} asOf`, model.asOf, asOf);
  const byId = new Map(entries.map((e) => [e.item.id, e]));
  diff(out, `${where} ids`, model.items.map((i) => i.id).sort((a, b) => a - b), entries.map((e) => e.item.id).sort((a, b) => a - b));
  for (const i of model.items) {
    const e = byId.get(i.id);
    if (e) diff(out, `${where} #${e.item.seq} state/placement`, [i.state, i.placement], [e.state, e.placement]);
  }
  return out;
}

/** The 通报's sentences: 总体情况 (共N项, its parts, the states, 完成率), 主要任务, 存在的问题. */
function compareReportParagraphs(out: Mismatch[], where: string, h: History, p: Period, texts: string[]): void {
  const { asOf, entries, tally: t } = expectedForm(h, p);
  const [y, m, d] = asOf.split('-').map(Number);
  const asOfText = `截至${y}年${m}月${d}日`;
  const overall = texts.find((x) => x.startsWith('本期纳入督查的工作事项'));
  if (!overall) out.push(`${where}: no 总体情况 paragraph`);
  else {
    const total = /共(\d+)项/.exec(overall);
    diff(out, `${where} 总体情况 共N项`, total ? Number(total[1]) : null, t.total);
    const scopePart = /（(.*?)）/.exec(overall)?.[1] ?? '';
    const scopeSaid = new Map(
      scopePart.split('、').map((fragment) => {
        const m = /^(.+?)(\d+)项$/.exec(fragment);
        return m ? ([m[1], Number(m[2])] as const) : ([fragment, NaN] as const);
      }),
    );
    const known = Object.values(SCOPE_LABELS).flat();
    for (const label of scopeSaid.keys()) if (!known.includes(label)) out.push(`${where} 总体情况: unknown part 「${label}」 in 「${scopePart}」`);
    for (const placement of Object.keys(SCOPE_LABELS) as Placement[]) {
      const n = entries.filter((e) => e.placement === placement).length;
      const label = SCOPE_LABELS[placement].find((l) => scopeSaid.has(l));
      if (label) diff(out, `${where} 总体情况 ${label}`, scopeSaid.get(label), n);
      else if (n) out.push(`${where} 总体情况: ${SCOPE_LABELS[placement][0]} ${n}项 not stated in 「${scopePart}」`);
    }
    if (!overall.includes(asOfText)) out.push(`${where} 总体情况 does not say ${asOfText}: ${overall}`);
    const statePart = overall.slice(overall.indexOf(asOfText) + asOfText.length);
    compareStateCounts(out, `${where} 总体情况`, countsIn(statePart.split('完成率')[0]), t);
    const rate = /完成率为([^（；。]+)/.exec(overall)?.[1] ?? null;
    diff(out, `${where} 总体情况 完成率`, rate, rateText(t.rate));
  }

  const keys = entries.filter((e) => e.item.isKey);
  const keyText = texts.find((x) => x.startsWith('年度主要任务') || x.startsWith('本期无主要任务'));
  if (!keyText) out.push(`${where}: no 主要任务 paragraph`);
  else if (keys.length === 0) diff(out, `${where} 主要任务`, keyText, '本期无主要任务。');
  else {
    diff(out, `${where} 主要任务 共N项`, Number(/共(\d+)项/.exec(keyText)?.[1]), keys.length);
    compareStateCounts(out, `${where} 主要任务`, countsIn(keyText.split('。')[0].replace(/^年度主要任务共\d+项/, '')), groupTallies(keys, () => ['k']).get('k')!);
    const behind = keys.filter((e) => e.state === 'lagging' || e.state === 'overdue').map((e) => e.item.seq).sort((a, b) => a - b);
    const named = [...(/进度滞后或逾期的主要任务：(.*?)，请/.exec(keyText)?.[1] ?? '').matchAll(/第(\d+)项/g)].map((x) => Number(x[1])).sort((a, b) => a - b);
    diff(out, `${where} 主要任务 滞后或逾期`, named, behind);
  }

  const behind = entries.filter((e) => e.state === 'lagging' || e.state === 'overdue');
  const problems = texts.find((x) => x.startsWith(asOfText) && x.includes('滞后或逾期'));
  if (!problems) out.push(`${where}: no 存在的问题 paragraph`);
  else if (behind.length === 0) {
    if (!problems.includes('未发现')) out.push(`${where} 存在的问题 says ${problems} with none behind`);
  } else {
    const said = countsIn(problems);
    diff(out, `${where} 存在的问题`, [Number(/共有(\d+)项/.exec(problems)?.[1]), said.get('逾期') ?? 0, said.get('滞后') ?? 0], [behind.length, t.byState.overdue, t.byState.lagging]);
  }
}

/** What each of the 通报's lists should hold. */
function reportLists(h: History, p: Period) {
  const { entries } = expectedForm(h, p);
  return {
    entries,
    keys: entries.filter((e) => e.item.isKey),
    attachments: [
      ['附件1', entries.filter((e) => e.state === 'lagging' || e.state === 'overdue')],
      ['附件2', entries.filter((e) => e.state === 'on_schedule')],
      ['附件3', entries.filter((e) => e.state === 'done_in_period')],
    ] as const,
  };
}

/** The 通报 as a document: its sentences, the 主要任务 table, the per-owner table, 附件1–3. */
export function compareReport(h: History, p: Period, doc: PrintDocument): Mismatch[] {
  const out: Mismatch[] = [];
  const where = `通报 ${p.fromMonth}-${p.toMonth}月`;
  compareReportParagraphs(out, where, h, p, blockTexts(doc));
  const { entries, keys, attachments } = reportLists(h, p);

  const keyHeading = doc.blocks.find((b) => b.kind === 'heading' && b.text.endsWith('主要任务推进情况'));
  if (!keyHeading || keyHeading.kind !== 'heading') out.push(`${where}: no 主要任务推进情况 heading`);
  else if (keys.length) compareItemList(out, `${where} 主要任务 table`, h, tableAfter(doc, keyHeading.text), keys);

  const ownerHeading = doc.blocks.find((b) => b.kind === 'heading' && b.text.endsWith('各责任人推进情况'));
  if (!ownerHeading || ownerHeading.kind !== 'heading') out.push(`${where}: no 各责任人推进情况`);
  else {
    const found = tableAfter(doc, ownerHeading.text);
    if (typeof found === 'string') out.push(`${where} 各责任人: ${found}`);
    else {
      diff(out, `${where} 各责任人 columns`, found.headers, ['责任人', ...TALLY_HEADERS]);
      const rows = new Map(found.rows.flatMap((r) => ('cells' in r ? [[cellString(r.cells[0]), r.cells.slice(1).map((c) => cellValue(c) as number | null)] as const] : [])));
      compareTallyMaps(out, `${where} 各责任人`, rows, groupTallies(entries, ownerGroups));
    }
  }
  for (const [heading, list] of attachments) compareItemList(out, `${where} ${heading}`, h, tableAfter(doc, heading), list);
  return out;
}

/** The 通报 as a .docx file: its sentences, and the items named in the 主要任务 table and each 附件. */
export function compareReportDocx(h: History, p: Period, text: string): Mismatch[] {
  const out: Mismatch[] = [];
  const where = `通报.docx ${p.fromMonth}-${p.toMonth}月`;
  const lines = text.split('\n').map((l) => l.trim());
  compareReportParagraphs(out, where, h, p, lines);
  const { keys, attachments } = reportLists(h, p);
  const between = (from: string, to: string | null) => {
    const a = lines.indexOf(from);
    const b = to === null ? lines.length : lines.indexOf(to, a + 1);
    if (a < 0 || b < 0) return null;
    return lines.slice(a, b).filter((l) => /^工作事项\d+$/.test(l)).sort();
  };
  const keyHeading = lines.find((l) => l.endsWith('主要任务推进情况')) ?? '';
  const ownerHeading = lines.find((l) => l.endsWith('各责任人推进情况')) ?? '';
  diff(out, `${where} 主要任务 items`, between(keyHeading, ownerHeading), keys.map((e) => e.item.content).sort());
  attachments.forEach(([heading, list], k) =>
    diff(out, `${where} ${heading} items`, between(heading, attachments[k + 1]?.[0] ?? null), list.map((e) => e.item.content).sort()),
  );
  return out;
}
