import JSZip from 'jszip';
import { attachmentsOfPlan, progressOfPlan, targetsOfPlan } from '../../db/queries/exports';
import { getItemListRow } from '../../db/queries/items';
import { AppError, notFound } from '../contract/app-error';
import type { ExportFilter, NoticeInput, PreviewInput } from '../contract/export-methods';
import type { Ctx } from '../context';
import { isClosed } from '../domain/status';
import { localDate } from '../services/read-scope';
import { itemsCsv } from './csv';
import { formTableDocument, type PrintDocument } from './document';
import { renderDocx } from './docx/render-docx';
import { exportPayload, type ExportPayload } from './export-file';
import { planItems, withSnapshot, type ExportBase } from './export-data';
import { defaultFileNames, monthRangeLabel } from './file-name';
import { ledgerTables, ledgerYearTable } from './forms/ledger';
import { monthTable } from './forms/month';
import { addWorkingDays, DEFAULT_FEEDBACK_WORKING_DAYS, NOTICE_KINDS, noticeBlocks, noticeDrafts, noticeNumber, type NoticeDraft } from './forms/notice';
import { REPORT_DOC_KIND, reportDocument } from './forms/report';
import { evidenceEntries, evidenceIndexTable, periodEnd, periodPhrase, submissionDocument, submissionItems, type SubmissionPeriod } from './forms/submission';
import { printHtml } from './html/print-html';
import { issueNumber, previewNumber } from './issued-numbers';
import { CSV_COLUMNS } from './item-columns';
import { pdfRenderer } from './pdf-renderer';
import { packEvidence, zipBytes } from './submission-zip';
import { formWorkbook } from './xlsx/sheet-kit';

// The export layer's entry points, one per form: read the ledger in one transaction, build the form's
// model, render it (xlsx, docx, print HTML → PDF, CSV, zip) outside the transaction, and name the file.
// The handlers, the desktop menu and the CLI all come through here.

const CREATOR = '团委工作台账';

function toFilter(filter: ExportFilter) {
  return { personId: filter.personId, sectionId: filter.sectionId, status: filter.status, text: filter.text || undefined };
}

export async function exportLedger(ctx: Ctx, input: { planId: number; filter: ExportFilter }): Promise<ExportPayload> {
  const { tables, year } = withSnapshot(ctx, input.planId, (base) => ({ tables: ledgerTables(base, toFilter(input.filter)), year: base.plan.year }));
  return exportPayload(defaultFileNames.ledger(year), 'xlsx', await formWorkbook(CREATOR, tables));
}

export async function exportMonth(ctx: Ctx, input: { planId: number; month: number; format: 'pdf' | 'xlsx' }): Promise<ExportPayload> {
  const { table, year } = withSnapshot(ctx, input.planId, (base) => ({ table: monthTable(base, input.month), year: base.plan.year }));
  const name = defaultFileNames.month(year, input.month, input.format);
  if (input.format === 'xlsx') return exportPayload(name, 'xlsx', await formWorkbook(CREATOR, [table]));
  return exportPayload(name, 'pdf', await pdfRenderer()(printHtml(formTableDocument(table))));
}

/** The plan a notice target belongs to. */
function noticePlanId(ctx: Ctx, target: NoticeInput['target']): number {
  if (target.scope !== 'item') return target.planId;
  const row = getItemListRow(ctx.store.orm, target.itemId);
  if (!row) throw notFound('该事项');
  return row.planId;
}

function noticeDraftsOrExplain(base: ExportBase, target: NoticeInput['target']): NoticeDraft[] {
  const items = planItems(base, target.scope === 'owner' ? { personId: target.personId } : {});
  const drafts = noticeDrafts(items, target);
  if (target.scope === 'item' && drafts[0] && isClosed(drafts[0].items[0].status))
    throw new AppError('BAD_INPUT', '该事项已办结或已中止，无需督办');
  if (drafts.length === 0)
    throw new AppError('BAD_INPUT', target.scope === 'overdue' ? '当前没有逾期事项，无需发出督办' : target.scope === 'owner' ? '该责任人没有未办结的事项' : '该事项不存在或已被删除');
  return drafts;
}

/** The notices as one print document; `numberOf` issues (or, for a preview, only shows) each number. */
function noticesDocument(base: ExportBase, input: NoticeInput, numberOf: (draft: NoticeDraft) => string): { doc: PrintDocument; numbers: string[] } {
  const drafts = noticeDraftsOrExplain(base, input.target);
  const feedbackDate = input.feedbackDate ?? addWorkingDays(base.scope.today, DEFAULT_FEEDBACK_WORKING_DAYS);
  const numbers = drafts.map(numberOf);
  const blocks = drafts.flatMap((draft, k) => [
    ...(k > 0 ? [{ kind: 'pageBreak' as const }] : []),
    ...noticeBlocks(base, draft, { kind: input.kind, number: numbers[k], feedbackDate, requirement: input.requirement }),
  ]);
  return { doc: { title: NOTICE_KINDS[input.kind].title, orientation: 'portrait', blocks }, numbers };
}

export async function exportNotices(ctx: Ctx, input: NoticeInput): Promise<ExportPayload & { numbers: string[] }> {
  const { title, docKind } = NOTICE_KINDS[input.kind];
  const { doc, numbers } = withSnapshot(
    ctx,
    noticePlanId(ctx, input.target),
    (base) =>
      noticesDocument(base, input, (draft) => {
        const n = issueNumber(base, docKind, {
          title: `${title}（${draft.addressee}）`,
          itemId: draft.items.length === 1 ? draft.items[0].id : null,
          personId: draft.personId,
        });
        return noticeNumber(input.kind, base.plan.year, n);
      }),
    'issue',
  );
  return { ...exportPayload(defaultFileNames.notices(title, numbers), 'docx', await renderDocx(doc, CREATOR)), numbers };
}

interface ReportInput {
  planId: number;
  fromMonth: number;
  toMonth?: number;
}

export async function exportReport(ctx: Ctx, input: ReportInput & { format: 'docx' | 'pdf' }): Promise<ExportPayload & { number: string }> {
  const period = { fromMonth: input.fromMonth, toMonth: input.toMonth ?? input.fromMonth };
  const { doc, year, issue } = withSnapshot(
    ctx,
    input.planId,
    (base) => {
      const issue = issueNumber(base, REPORT_DOC_KIND, { title: `督查通报（${base.plan.year}年${monthRangeLabel(period.fromMonth, period.toMonth)}）` });
      return { doc: reportDocument(base, period, `第${issue}期`), year: base.plan.year, issue };
    },
    'issue',
  );
  const name = defaultFileNames.report(year, issue, input.format);
  const bytes = input.format === 'pdf' ? await pdfRenderer()(printHtml(doc)) : await renderDocx(doc, CREATOR);
  return { ...exportPayload(name, input.format, bytes), number: `第${issue}期` };
}

export async function exportSubmission(
  ctx: Ctx,
  input: { planId: number; period: SubmissionPeriod; format: 'docx' | 'zip' },
): Promise<ExportPayload & { problems: string[] }> {
  const snapshot = withSnapshot(ctx, input.planId, (base) => {
    const until = periodEnd(base.plan.year, input.period);
    const items = submissionItems(planItems(base), input.period);
    const attachments = attachmentsOfPlan(base.scope.db, base.plan.id).filter((a) => localDate(new Date(a.addedAt)) <= until);
    const evidence = evidenceEntries(items, attachments);
    const data = { items, evidence, progress: progressOfPlan(base.scope.db, base.plan.id, until), targets: targetsOfPlan(base.scope.db, base.plan.id) };
    return {
      doc: submissionDocument(base, input.period, data),
      evidence,
      phrase: periodPhrase(base.plan.year, input.period),
      // The index shows the hash checks, made when the files are packed after the snapshot; it reads only
      // the plan's plain fields, never the (by then closed) transaction.
      index: (checks: string[]) => evidenceIndexTable(base, input.period, evidence, checks),
    };
  });
  const docx = await renderDocx(snapshot.doc, CREATOR);
  if (input.format === 'docx') return { ...exportPayload(defaultFileNames.submission(snapshot.phrase, 'docx'), 'docx', docx), problems: [] };

  const zip = new JSZip();
  zip.file(defaultFileNames.submission(snapshot.phrase, 'docx'), docx);
  const { checks, problems } = packEvidence(zip, ctx.dataDir, snapshot.evidence);
  zip.file('佐证材料索引.xlsx', await formWorkbook(CREATOR, [snapshot.index(checks)]));
  return { ...exportPayload(defaultFileNames.submission(snapshot.phrase, 'zip'), 'zip', await zipBytes(zip)), problems };
}

export function exportCsv(ctx: Ctx, input: { planId: number; filter: ExportFilter }): ExportPayload {
  return withSnapshot(ctx, input.planId, (base) =>
    exportPayload(defaultFileNames.csv(base.plan.year), 'csv', itemsCsv(planItems(base, toFilter(input.filter)), CSV_COLUMNS)),
  );
}

/** Print HTML of a form, for the preview pane and the print dialog; issues no number. */
export function previewForm(ctx: Ctx, input: PreviewInput): { title: string; html: string } {
  const planId = input.form === 'notices' ? noticePlanId(ctx, input.notice.target) : input.planId;
  const doc = withSnapshot(ctx, planId, (base): PrintDocument => {
    switch (input.form) {
      case 'ledger':
        return formTableDocument(ledgerYearTable(base, planItems(base, toFilter(input.filter))));
      case 'month':
        return formTableDocument(monthTable(base, input.month));
      case 'report':
        return reportDocument(base, { fromMonth: input.fromMonth, toMonth: input.toMonth ?? input.fromMonth }, `第${previewNumber(base, REPORT_DOC_KIND)}期（预览）`);
      case 'notices': {
        const { word, docKind } = NOTICE_KINDS[input.notice.kind];
        const next = previewNumber(base, docKind);
        return noticesDocument(base, input.notice, () => `${word}〔${base.plan.year}〕第＿号（预览，自第${next}号起编号）`).doc;
      }
    }
  });
  return { title: doc.title, html: printHtml(doc) };
}
