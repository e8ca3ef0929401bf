// One export in a process of its own, so its peak memory can be read: `tsx export-child.ts project|baseline
// DATA_DIR PLAN_ID`. Prints one JSON line: wall time, peak RSS and RSS a few seconds after (memory
// returned or not). The baseline writes the same sheets and rows (全年, each month's scope, 汇总) with
// exceljs's streaming WorkbookWriter and one plain cell style, reading through the raw statements.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { createLedgerApp } from '../../core/app';
import { CLOCK, TODAY, call } from './ledger-gen';
import { rawReads, type RawRow } from './raw-reads';

const [mode, dataDir, planArg] = process.argv.slice(2);
const planId = Number(planArg);

const HEADERS = ['序号', '月份', '工作内容', '主办', '协办', '完成时限', '进展情况', '完成情况', '预警', '佐证材料', '督查意见', '备注'];
const thin = { style: 'thin' as const };
const STYLE: Partial<ExcelJS.Style> = {
  font: { name: '仿宋_GB2312', size: 11 },
  alignment: { vertical: 'middle', wrapText: true },
  border: { top: thin, left: thin, bottom: thin, right: thin },
};

function cells(r: RawRow): (string | number)[] {
  const lead = r.owners.filter((o) => o.role === 'lead').map((o) => o.name).join('、');
  const assist = r.owners.filter((o) => o.role === 'assist').map((o) => o.name).join('、');
  const span = r.yearRound ? '贯穿全年' : `${r.startMonth}${r.endMonth !== r.startMonth ? `-${r.endMonth}` : ''}月`;
  return [r.seq as number, span, r.content as string, lead, assist, (r.dueDate as string) ?? '', (r.progressText as string) ?? '', String(r.status), '', String(r.evidenceCount), '', r.notes as string];
}

async function baseline(): Promise<number> {
  const db = new Database(path.join(dataDir, 'ledger.db'), { readonly: true });
  const raw = rawReads(db, 2023, TODAY);
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (chunks.push(chunk), done()) });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true });
  const sheet = (name: string, rows: RawRow[]) => {
    const ws = book.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
    ws.addRow([`${name}`]).commit();
    ws.addRow(HEADERS).commit();
    for (const r of rows) {
      const row = ws.addRow(cells(r));
      row.eachCell((c) => (c.style = STYLE));
      row.commit();
    }
    ws.commit();
  };
  sheet('全年', raw.plan(planId));
  for (let m = 2; m <= 12; m++) {
    const month = raw.month(planId, m);
    sheet(`${m}月`, [...month.keyTasks, ...month.items, ...month.carried]);
  }
  sheet('汇总', []);
  await book.commit();
  db.close();
  return Buffer.concat(chunks).toString('base64').length;
}

async function project(): Promise<number> {
  const app = createLedgerApp(dataDir, { clock: CLOCK });
  const file = await call<{ base64: string }>(app, 'exports.ledger', { planId });
  app.close();
  return file.base64.length;
}

const started = performance.now();
const size = await (mode === 'baseline' ? baseline() : project());
const ms = performance.now() - started;
const peakMb = process.resourceUsage().maxRSS / 1024;
await new Promise((resolve) => setTimeout(resolve, 3000));
console.log(JSON.stringify({ ms, peakMb, afterMb: process.memoryUsage().rss / 1024 / 1024, bytes: Math.round((size * 3) / 4) }));
