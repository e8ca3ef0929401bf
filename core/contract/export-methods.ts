import { z } from 'zod';
import { ITEM_STATUSES } from '../domain/status';
import { id, isoDate, month } from './common';
import { method } from './method';

// Exports and printing in the office's own forms (core/export). Files come back whole, base64 in the
// envelope: a year's ledger is a few hundred KB. Forms that issue a number (督办通知单/催办单, 督查通报)
// are 'write': they record the issued document in the register, and nothing else.

/** The same filter as the item search, without paging: an export of "the current filter". */
export const exportFilter = z
  .object({
    personId: id.optional(),
    sectionId: id.optional(),
    status: z.enum(ITEM_STATUSES).optional(),
    text: z.string().trim().max(200).optional(),
  })
  .default({});

export const exportFile = z.object({
  /** Default Chinese name, safe on every file system: 2023年3月工作推进表.pdf */
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
});

/** A month (toMonth omitted) or a range of months of one plan. */
const reportPeriod = { planId: id, fromMonth: month, toMonth: month.optional() };
const monthOrder = [
  (p: { fromMonth: number; toMonth?: number }) => p.toMonth === undefined || p.toMonth >= p.fromMonth,
  { message: '结束月份不能早于开始月份', path: ['toMonth'] },
] satisfies [unknown, { message: string; path: string[] }];

export const noticeTarget = z.discriminatedUnion('scope', [
  /** One item's notice, to its 主办. */
  z.object({ scope: z.literal('item'), itemId: id }),
  /** One owner's open items (主办 or 协办) in one notice. */
  z.object({ scope: z.literal('owner'), planId: id, personId: id }),
  /** Every overdue item, one notice per 主办. */
  z.object({ scope: z.literal('overdue'), planId: id }),
]);

export const noticeInput = z.object({
  target: noticeTarget,
  /** supervise: 督办通知单; urge: 催办单. */
  kind: z.enum(['supervise', 'urge']).default('supervise'),
  /** 督办要求; empty: the standard wording. */
  requirement: z.string().trim().max(1000, '督办要求不超过1000字').default(''),
  /** 反馈时限; default: 5 working days after today. */
  feedbackDate: isoDate.optional(),
});

/** An item a notice run could not address (no 主办), so the user can assign one. */
const unaddressedItem = z.object({ id, seq: z.number().int().nullable(), period: z.string(), content: z.string() });

export const issuedDocumentView = z.object({
  id,
  kind: z.enum(['report', 'notice.supervise', 'notice.urge']),
  /** 督查通报 / 督办通知单 / 催办单 */
  kindLabel: z.string(),
  /** 第3期, 督办〔2026〕第3号 */
  number: z.string(),
  year: z.number().int(),
  title: z.string(),
  planId: z.number().int().nullable(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  /** Format and SHA-256 of the file handed out at issue. */
  format: z.string().nullable(),
  sha256: z.string().nullable(),
  /** False for documents issued before contents were kept: they cannot be exported again. */
  reproducible: z.boolean(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
});

export const previewInput = z.discriminatedUnion('form', [
  z.object({ form: z.literal('ledger'), planId: id, filter: exportFilter }),
  z.object({ form: z.literal('month'), planId: id, month }),
  z.object({ form: z.literal('report'), ...reportPeriod }).refine(...monthOrder),
  z.object({ form: z.literal('notices'), notice: noticeInput }),
]);

export const exportMethods = {
  /** 督查台账 (.xlsx): 全年, one sheet per month, 汇总. */
  'exports.ledger': method('read', z.object({ planId: id, filter: exportFilter }), exportFile),
  /** 月度工作推进表 as PDF (print HTML through Chromium) or .xlsx. */
  'exports.month': method('read', z.object({ planId: id, month, format: z.enum(['pdf', 'xlsx']).default('pdf') }), exportFile),
  /** 督办通知单 / 催办单 (.docx), numbered 督办〔年〕第N号; one notice per addressee, in one file. */
  'exports.notices': method(
    'write',
    noticeInput,
    exportFile.extend({ numbers: z.array(z.string()), reused: z.boolean(), unaddressed: z.array(unaddressedItem) }),
  ),
  /** 督查通报 (.docx or .pdf), numbered 第N期. */
  'exports.report': method(
    'write',
    z.object({ ...reportPeriod, format: z.enum(['docx', 'pdf']).default('docx') }).refine(...monthOrder),
    exportFile.extend({ number: z.string(), reused: z.boolean(), issuedAt: z.string() }),
  ),
  /** 报送材料 for 上半年 (h1) or 年度: the .docx, or a .zip of it with the evidence by 序号 and an index sheet. */
  'exports.submission': method(
    'read',
    z.object({ planId: id, period: z.enum(['h1', 'year']), format: z.enum(['docx', 'zip']).default('zip') }),
    exportFile.extend({ problems: z.array(z.string()) }),
  ),
  /** Items as CSV (UTF-8 with BOM) for other tools. */
  'exports.csv': method('read', z.object({ planId: id, filter: exportFilter }), exportFile),
  /** Print HTML of a form for the 报表导出 page and Ctrl+P; numbered forms show the next number, unissued. */
  'exports.preview': method('read', previewInput, z.object({ title: z.string(), html: z.string(), notes: z.array(z.string()) })),
  /** 已发文件: the register of issued 通报 and 督办通知单, newest first (one year of issue, or all). */
  'documents.list': method('read', z.object({ year: z.number().int().min(2000).max(2100).optional() }), z.array(issuedDocumentView)),
  /** An issued document again, as .docx or .pdf: its number and content as issued. */
  'documents.export': method('read', z.object({ id, format: z.enum(['docx', 'pdf']).default('docx') }), exportFile),
  /** 作废: the document stays in the register, marked void; its number is never given again. */
  'documents.void': method(
    'write',
    z.object({ id, reason: z.string().trim().min(1, '请填写作废原因').max(200, '作废原因不超过200字') }),
    issuedDocumentView,
  ),
};

export type NoticeInput = z.infer<typeof noticeInput>;
export type PreviewInput = z.infer<typeof previewInput>;
export type ExportFilter = z.infer<typeof exportFilter>;
export type IssuedDocumentView = z.infer<typeof issuedDocumentView>;
