import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { attachmentsOfPlan, progressOfPlan, recordIssuedFile, targetsOfPlan } from '../../db/queries/exports';
import { getItemListRow } from '../../db/queries/items';
import { AppError, notFound } from '../contract/app-error';
import type { ExportFilter, NoticeInput, PreviewInput } from '../contract/export-methods';
import type { Ctx } from '../context';
import { isClosed } from '../domain/status';
import { localDate } from '../services/read-scope';
import { inTransaction } from '../services/write';
import { itemsCsv } from './csv';
import { formTableDocument, type PrintDocument } from './document';
import { renderDocx } from './docx/render-docx';
import { exportPayload, type ExportPayload } from './export-file';
import { planItems, withSnapshot, type ExportBase, type ExportItem } from './export-data';
import { defaultFileNames, monthRangeLabel } from './file-name';
import { ledgerScope, ledgerTables, ledgerYearTable } from './forms/ledger';
import { monthTable } from './forms/month';
import { addWorkingDays, DEFAULT_FEEDBACK_WORKING_DAYS, NOTICE_KINDS, noticeBlocks, noticeRun, type NoticeDraft, type NoticeRun } from './forms/notice';
import { REPORT_DOC_KIND, reportDocument, reportItems, type ReportPeriod } from './forms/report';
import { evidenceEntries, evidenceIndexTable, periodEnd, periodPhrase, submissionDocument, submissionItems, type SubmissionPeriod } from './forms/submission';
import { printHtml } from './html/print-html';
import { CSV_COLUMNS } from './item-columns';
import { pdfRenderer } from './pdf-renderer';
import { issuedDocument, issueOnce, previewOnce, type IssuedDoc, type IssueRequest } from './register';
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
  const { tables, year, label } = withSnapshot(ctx, input.planId, (base) => {
    const scope = ledgerScope(base, toFilter(input.filter));
    return { tables: ledgerTables(base, scope), year: base.plan.year, label: scope.label };
  });
  return exportPayload(defaultFileNames.ledger(year, label), 'xlsx', await formWorkbook(CREATOR, tables));
}

export async function exportMonth(ctx: Ctx, input: { planId: number; month: number; format: 'pdf' | 'xlsx' }): Promise<ExportPayload> {
  const { table, year } = withSnapshot(ctx, input.planId, (base) => ({ table: monthTable(base, input.month), year: base.plan.year }));
  const name = defaultFileNames.month(year, input.month, input.format);
  if (input.format === 'xlsx') return exportPayload(name, 'xlsx', await formWorkbook(CREATOR, [table]));
  return exportPayload(name, 'pdf', await pdfRenderer()(printHtml(formTableDocument(table))));
}

async function render(doc: PrintDocument, format: 'docx' | 'pdf'): Promise<Uint8Array> {
  return format === 'pdf' ? pdfRenderer()(printHtml(doc)) : renderDocx(doc, CREATOR);
}

/** Records the hash of the file handed out with newly issued documents (not with ones given again). */
function recordIssue(ctx: Ctx, issued: IssuedDoc[], format: 'docx' | 'pdf', bytes: Uint8Array): void {
  const ids = issued.filter((d) => !d.reused).map((d) => d.id);
  if (ids.length) inTransaction(ctx, (tx) => recordIssuedFile(tx, ids, { format, sha256: createHash('sha256').update(bytes).digest('hex') }));
}

// --- 督办通知单 / 催办单 ---

/** The plan a notice target belongs to. */
function noticePlanId(ctx: Ctx, target: NoticeInput['target']): number {
  if (target.scope !== 'item') return target.planId;
  const row = getItemListRow(ctx.store.orm, target.itemId);
  if (!row) throw notFound('该事项');
  return row.planId;
}

export interface UnaddressedItem {
  id: number;
  seq: number | null;
  period: string;
  content: string;
}

const unaddressedOf = (items: ExportItem[]): UnaddressedItem[] => items.map(({ id, seq, period, content }) => ({ id, seq, period, content }));

/** The notices a target calls for, or the reason there are none, in the office's words. */
function noticeRunOrExplain(base: ExportBase, target: NoticeInput['target']): NoticeRun {
  const items = planItems(base, target.scope === 'owner' ? { personId: target.personId } : {});
  const run = noticeRun(items, target);
  if (target.scope === 'item') {
    const item = items.find((i) => i.id === target.itemId);
    if (!item) throw notFound('该事项');
    if (isClosed(item.status)) throw new AppError('BAD_INPUT', '该事项已办结或已中止，无需督办');
    if (run.drafts.length === 0) throw new AppError('BAD_INPUT', '该事项还没有主办责任人，督办通知单无处可发。请先在事项中添加主办');
  }
  if (run.drafts.length === 0) {
    if (target.scope === 'owner') throw new AppError('BAD_INPUT', '该责任人没有未办结的事项');
    if (run.unaddressed.length === 0) throw new AppError('BAD_INPUT', '当前没有逾期事项，无需发出督办');
    throw new AppError('BAD_INPUT', `${run.unaddressed.length}项逾期事项都还没有主办责任人，未生成督办通知单。请先为这些事项分配主办`, unaddressedOf(run.unaddressed));
  }
  return run;
}

interface NoticeSettings {
  feedbackDate: string;
  requirement: string;
}

function noticeSettings(base: ExportBase, input: NoticeInput): NoticeSettings {
  return { feedbackDate: input.feedbackDate ?? addWorkingDays(base.scope.today, DEFAULT_FEEDBACK_WORKING_DAYS), requirement: input.requirement };
}

/** One notice as a register request: the same notice asked for again on the same day is the same document. */
function noticeRequest(base: ExportBase, input: NoticeInput, draft: NoticeDraft, settings: NoticeSettings): Omit<IssueRequest, 'batch'> {
  const { title, docKind } = NOTICE_KINDS[input.kind];
  return {
    kind: docKind,
    request: { target: input.target, addressee: draft.personId, items: draft.items.map((i) => i.id), ...settings, issuedOn: base.scope.today },
    title: (number) => `${title}（${number}，${draft.addressee}）`,
    itemId: draft.items.length === 1 ? draft.items[0].id : null,
    personId: draft.personId,
  };
}

function noticeDocument(base: ExportBase, input: NoticeInput, draft: NoticeDraft, settings: NoticeSettings, number: string): PrintDocument {
  return { title: NOTICE_KINDS[input.kind].title, orientation: 'portrait', blocks: noticeBlocks(base, draft, { kind: input.kind, number, ...settings }) };
}

/** Several notices in one file, a page break between them. */
function joined(title: string, docs: PrintDocument[]): PrintDocument {
  return { title, orientation: 'portrait', blocks: docs.flatMap((d, k) => [...(k > 0 ? [{ kind: 'pageBreak' as const }] : []), ...d.blocks]) };
}

export async function exportNotices(
  ctx: Ctx,
  input: NoticeInput,
): Promise<ExportPayload & { numbers: string[]; reused: boolean; unaddressed: UnaddressedItem[] }> {
  const { title } = NOTICE_KINDS[input.kind];
  const { issued, unaddressed } = withSnapshot(
    ctx,
    noticePlanId(ctx, input.target),
    (base) => {
      const run = noticeRunOrExplain(base, input.target);
      const settings = noticeSettings(base, input);
      const batch = randomUUID();
      return {
        issued: run.drafts.map((draft) =>
          issueOnce(base, { ...noticeRequest(base, input, draft, settings), batch }, (number) => noticeDocument(base, input, draft, settings, number)),
        ),
        unaddressed: unaddressedOf(run.unaddressed),
      };
    },
    'issue',
  );
  const numbers = issued.map((d) => d.number);
  const bytes = await renderDocx(joined(title, issued.map((d) => d.document)), CREATOR);
  recordIssue(ctx, issued, 'docx', bytes);
  return { ...exportPayload(defaultFileNames.notices(title, numbers), 'docx', bytes), numbers, reused: issued.every((d) => d.reused), unaddressed };
}

// --- 督查通报 ---

function reportRequest(base: ExportBase, period: ReportPeriod): Omit<IssueRequest, 'title'> {
  return { kind: REPORT_DOC_KIND, request: { planId: base.plan.id, fromMonth: period.fromMonth, toMonth: period.toMonth } };
}

function reportTitle(base: ExportBase, period: ReportPeriod, number: string): string {
  return `${base.plan.year}年${monthRangeLabel(period.fromMonth, period.toMonth)}督查通报（${number}）`;
}

export async function exportReport(
  ctx: Ctx,
  input: { planId: number; fromMonth: number; toMonth?: number; format: 'docx' | 'pdf' },
): Promise<ExportPayload & { number: string; reused: boolean; issuedAt: string }> {
  const period = { fromMonth: input.fromMonth, toMonth: input.toMonth ?? input.fromMonth };
  const { issued, title } = withSnapshot(
    ctx,
    input.planId,
    (base) => {
      const issued = issueOnce(base, { ...reportRequest(base, period), title: (number) => reportTitle(base, period, number) }, (number) =>
        reportDocument(base, reportItems(base, period), number),
      );
      return { issued, title: reportTitle(base, period, issued.number) };
    },
    'issue',
  );
  const bytes = await render(issued.document, input.format);
  recordIssue(ctx, [issued], input.format, bytes);
  return { ...exportPayload(`${title}.${input.format}`, input.format, bytes), number: issued.number, reused: issued.reused, issuedAt: issued.issuedAt };
}

/** An issued document from the register, again, in either format: the same number and content. */
export async function exportIssued(ctx: Ctx, input: { id: number; format: 'docx' | 'pdf' }): Promise<ExportPayload> {
  const doc = issuedDocument(ctx.store.orm, input.id);
  return exportPayload(`${doc.title}${doc.voided ? '（已作废）' : ''}.${input.format}`, input.format, await render(doc.document, input.format));
}

// --- 报送材料, CSV ---

export async function exportSubmission(
  ctx: Ctx,
  input: { planId: number; period: SubmissionPeriod; format: 'docx' | 'zip' },
): Promise<ExportPayload & { problems: string[] }> {
  const snapshot = withSnapshot(ctx, input.planId, (base) => {
    const until = periodEnd(base.plan.year, input.period);
    const items = submissionItems(planItems(base), input.period);
    if (items.length === 0) throw new AppError('BAD_INPUT', `${periodPhrase(base.plan.year, input.period)}没有需要报送的工作事项，未生成文件`);
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
  return withSnapshot(ctx, input.planId, (base) => {
    const scope = ledgerScope(base, toFilter(input.filter));
    const items = planItems(base, scope.filter);
    if (items.length === 0) throw new AppError('BAD_INPUT', scope.label ? `没有符合条件（${scope.label}）的事项，未生成文件` : `${base.plan.year}年度计划还没有工作事项，未生成文件`);
    return exportPayload(defaultFileNames.csv(base.plan.year, scope.label), 'csv', itemsCsv(items, CSV_COLUMNS));
  });
}

// --- Previews ---

/**
 * Print HTML of a form, for the preview pane and the print dialog; issues no number. A numbered form
 * already issued for the same request shows the issued document; `notes` says what the file will leave out.
 */
export function previewForm(ctx: Ctx, input: PreviewInput): { title: string; html: string; notes: string[] } {
  const planId = input.form === 'notices' ? noticePlanId(ctx, input.notice.target) : input.planId;
  const { doc, notes } = withSnapshot(ctx, planId, (base): { doc: PrintDocument; notes: string[] } => {
    switch (input.form) {
      case 'ledger':
        return { doc: formTableDocument(ledgerYearTable(base, ledgerScope(base, toFilter(input.filter)))), notes: [] };
      case 'month':
        return { doc: formTableDocument(monthTable(base, input.month)), notes: [] };
      case 'report': {
        const period = { fromMonth: input.fromMonth, toMonth: input.toMonth ?? input.fromMonth };
        return { doc: previewOnce(base, reportRequest(base, period), (number) => reportDocument(base, reportItems(base, period), number)), notes: [] };
      }
      case 'notices': {
        const notice = input.notice;
        const run = noticeRunOrExplain(base, notice.target);
        const settings = noticeSettings(base, notice);
        const docs = run.drafts.map((draft) =>
          previewOnce(base, noticeRequest(base, notice, draft, settings), (number) => noticeDocument(base, notice, draft, settings, number)),
        );
        const notes = run.unaddressed.length
          ? [`另有${run.unaddressed.length}项逾期事项没有主办责任人，未列入督办通知单：${run.unaddressed.map((i) => `${i.period}${i.seq != null ? `第${i.seq}项` : ''}`).join('、')}`]
          : [];
        return { doc: joined(NOTICE_KINDS[notice.kind].title, docs), notes };
      }
    }
  });
  return { title: doc.title, html: printHtml(doc), notes };
}
