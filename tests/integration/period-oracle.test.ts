import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../core/context';
import { withSnapshot } from '../../core/export/export-data';
import { ledgerScope, ledgerTables } from '../../core/export/forms/ledger';
import { monthTable } from '../../core/export/forms/month';
import { reportDocument, reportItems } from '../../core/export/forms/report';
import { docxText, readWorkbook } from '../fixtures/export/readers';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';
import { createPersons, mutableClock, replay, type MutableClock, type Replayed } from '../oracle/apply';
import {
  compareDashboard, compareLedger, compareMonthTable, compareReport, compareReportDocx, compareReportModel, comparisons, coverage, type Mismatch,
} from '../oracle/compare';
import { historySpec, resolveMonth, resolvePeriod, type HistorySpec } from '../oracle/history-gen';
import { expectedForm, type Period } from '../oracle/oracle';
import { sheetAsTable } from '../oracle/read-files';

// Issue 8's independent check: for random plan histories replayed through the contract, the dashboard,
// the 督查台账 (全年, month sheets, 汇总), the 月度工作推进表 and the 督查通报 say what a plain second
// computation of the period model (tests/oracle/oracle.ts, written from the rules, not from core/) says.
// ORACLE_RUNS, ORACLE_TZ_RUNS and ORACLE_SEED override the numbers of histories and fast-check's seed.
// One history in ten (by count) is also checked in the exported files (.xlsx, .docx).

const RUNS = Number(process.env.ORACLE_RUNS ?? 500);
const SEED = process.env.ORACLE_SEED ? Number(process.env.ORACLE_SEED) : undefined;
/** Histories run in a second time zone. */
const TZ_RUNS = Number(process.env.ORACLE_TZ_RUNS ?? 40);

let ledger: TestLedger;
let clock: MutableClock;
let persons: number[];
let ctx: Ctx;

beforeAll(async () => {
  clock = mutableClock();
  ledger = openTestLedger({ clock: clock.read });
  persons = await createPersons(ledger);
  ctx = ledger.app.localContext();
});
afterAll(() => {
  ledger?.close();
  if (ledger) fs.rmSync(ledger.dataDir, { recursive: true, force: true });
});

const periodName = (p: Period) => (p.fromMonth === p.toMonth ? `${p.fromMonth}月` : `${p.fromMonth}-${p.toMonth}月`);

/** A form the app refuses because nothing is in scope is right only when the oracle also finds nothing. */
function refused(r: Replayed, p: Period, where: string, error: unknown): Mismatch[] {
  const expected = expectedForm(r.history, p).entries.length;
  return expected === 0 ? [] : [`${where}: app refused (${(error as Error).message}) but the oracle has ${expected} items in scope`];
}

/** The months and periods a history's forms are made for. */
function formsOf(r: Replayed, spec: HistorySpec) {
  const { year, today } = r.history;
  return {
    dashboardMonth: resolveMonth(year, today, spec.dashboardMonth),
    months: [...new Set(spec.monthForms.map((m) => resolveMonth(year, today, m)))],
    reports: spec.reports.map((p) => resolvePeriod(year, today, p)),
  };
}

/** The model-level comparison of every output for one history. */
async function checkModels(r: Replayed, spec: HistorySpec): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  const forms = formsOf(r, spec);
  const dashboard = await ledger.ok('dashboard.get', { planId: r.planId, month: forms.dashboardMonth });
  const listed = async (list: 'thisMonth' | 'overdue' | 'lagging') => {
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const view = await ledger.ok('dashboard.get', { planId: r.planId, month: forms.dashboardMonth, list, page, pageSize: 500 });
      ids.push(...view.rows.map((i) => i.id));
      if (view.rows.length === 0 || ids.length >= view.counts[list]) return ids;
    }
  };
  const lists = { thisMonth: await listed('thisMonth'), overdue: await listed('overdue'), lagging: await listed('lagging') };
  out.push(...compareDashboard(r.history, forms.dashboardMonth, dashboard, lists));
  withSnapshot(ctx, r.planId, (base) => {
    out.push(...compareLedger(r.history, [...ledgerTables(base, ledgerScope(base, {}))]));
    for (const month of forms.months) {
      const p = { fromMonth: month, toMonth: month };
      try {
        out.push(...compareMonthTable(r.history, month, monthTable(base, month), `月度工作推进表 ${month}月`));
      } catch (error) {
        out.push(...refused(r, p, `月度工作推进表 ${month}月`, error));
      }
    }
    for (const p of forms.reports) {
      let report;
      try {
        report = reportItems(base, p);
      } catch (error) {
        out.push(...refused(r, p, `通报 ${periodName(p)}`, error));
        continue;
      }
      out.push(...compareReportModel(r.history, p, report));
      out.push(...compareReport(r.history, p, reportDocument(base, report, '第1期')));
    }
  });
  return out;
}

/** The same through the files the office gets: the ledger and a month form as .xlsx, a 通报 as .docx. */
async function checkFiles(r: Replayed, spec: HistorySpec): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  const decode = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
  const book = await readWorkbook(decode(await ledger.ok('exports.ledger', { planId: r.planId, filter: {} })));
  out.push(...compareLedger(r.history, book.worksheets.map(sheetAsTable)).map((m) => `xlsx ${m}`));
  const forms = formsOf(r, spec);
  const month = forms.months[0];
  const monthFile = await ledger.raw('exports.month', { planId: r.planId, month, format: 'xlsx' });
  if (monthFile.ok) {
    const sheet = (await readWorkbook(decode(monthFile.data as { base64: string }))).worksheets[0];
    out.push(...compareMonthTable(r.history, month, sheetAsTable(sheet), `月度工作推进表.xlsx ${month}月`));
  } else out.push(...refused(r, { fromMonth: month, toMonth: month }, `月度工作推进表.xlsx ${month}月`, new Error(monthFile.error.message)));
  const p = forms.reports[0];
  const reportFile = await ledger.raw('exports.report', { planId: r.planId, fromMonth: p.fromMonth, toMonth: p.toMonth, format: 'docx' });
  if (reportFile.ok) out.push(...compareReportDocx(r.history, p, await docxText(decode(reportFile.data as { base64: string }))));
  else out.push(...refused(r, p, `通报.docx ${periodName(p)}`, new Error(reportFile.error.message)));
  return out;
}

function failure(r: Replayed, spec: HistorySpec, mismatches: Mismatch[]): string {
  const forms = formsOf(r, spec);
  return [
    `${mismatches.length} disagreement(s) with the oracle (plan ${r.history.year}; dashboard ${forms.dashboardMonth}月, ` +
      `月度工作推进表 ${forms.months.map((m) => `${m}月`).join('、')}, 通报 ${forms.reports.map(periodName).join('、')}):`,
    ...mismatches.slice(0, 40).map((m) => `  ✗ ${m}`),
    'history:',
    ...r.log.map((l) => `  ${l}`),
  ].join('\n');
}

/** Runs the property for `runs` histories; returns how many ran (with shrinking, more). */
async function runOracle(runs: number, seed: number | undefined): Promise<number> {
  let histories = 0;
  const fileEvery = Math.max(1, Math.floor(runs / 10));
  await fc.assert(
    fc.asyncProperty(historySpec, async (spec) => {
      histories += 1;
      const r = await replay(ledger, clock, persons, spec);
      try {
        const mismatches = await checkModels(r, spec);
        if (histories % fileEvery === 1 || fileEvery === 1) mismatches.push(...(await checkFiles(r, spec)));
        if (mismatches.length) throw new Error(failure(r, spec, mismatches));
      } finally {
        await ledger.ok('plans.delete', { id: r.planId });
      }
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
  return histories;
}

function summary(label: string, histories: number, started: number, before: number): void {
  console.info(`period oracle (${label}): ${histories} histories, ${comparisons.count - before} comparisons, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Under a load of 18 on two cores the 500 histories take minutes; on a quiet machine about a minute. */
const TIMEOUT = 900_000;

describe('period model: the app against an independent oracle', () => {
  afterAll(() => {
    console.info(`period oracle coverage (form rows by state · place): ${[...coverage].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  });

  it(`dashboard, 台账 (全年, months, 汇总), 月度工作推进表 and 通报 agree with the oracle for ${RUNS} random histories`, async () => {
    const started = Date.now();
    const before = comparisons.count;
    const histories = await runOracle(RUNS, SEED);
    summary(`TZ ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, histories, started, before);
    expect(histories).toBeGreaterThanOrEqual(RUNS);
  }, TIMEOUT);

  // Days are the office's local calendar days. Run a few histories in a second time zone (Asia/Shanghai,
  // or UTC where the machine is in China), where actions just after midnight fall on another UTC day.
  it(`the same holds in a second time zone (${TZ_RUNS} histories)`, async () => {
    const machine = process.env.TZ;
    const zone = new Date(2023, 0, 1).getTimezoneOffset() === -480 ? 'UTC' : 'Asia/Shanghai';
    process.env.TZ = zone;
    try {
      const started = Date.now();
      const before = comparisons.count;
      const histories = await runOracle(TZ_RUNS, SEED === undefined ? undefined : SEED + 1);
      summary(`TZ ${zone}`, histories, started, before);
      expect(histories).toBeGreaterThanOrEqual(TZ_RUNS);
    } finally {
      if (machine === undefined) delete process.env.TZ;
      else process.env.TZ = machine;
    }
  }, TIMEOUT);
});
