import type { NoticeInput, PreviewInput } from '../../../core/contract/export-methods';
import type { ItemStatus } from '../../../core/domain/status';
import { call } from '../api/client';
import type { ExportedFile } from './fileTransfer';

// The forms of the 报表导出 page: what each needs, what its preview is, and the call that makes the file.
// All parameters live in one object, so switching forms keeps the month or person already chosen.

export type ExportFormKey = 'ledger' | 'month' | 'notices' | 'report' | 'submission' | 'csv';
export type NoticeScope = NoticeInput['target']['scope'];
export type NoticeKind = 'supervise' | 'urge';

export interface NoticeParams {
  scope: NoticeScope;
  itemId?: number;
  personId?: number;
  kind: NoticeKind;
  /** 督办要求; empty: the standard wording. */
  requirement: string;
  /** 反馈时限; empty: five working days from today. */
  feedbackDate?: string;
}

export interface ExportParams {
  form: ExportFormKey;
  /** 督查台账 and CSV: only this person's items / items in this state. */
  personId?: number;
  status?: ItemStatus;
  month: number;
  monthFormat: 'pdf' | 'xlsx';
  fromMonth: number;
  toMonth: number;
  reportFormat: 'docx' | 'pdf';
  period: 'h1' | 'year';
  submissionFormat: 'zip' | 'docx';
  notice: NoticeParams;
}

export interface ExportFormInfo {
  key: ExportFormKey;
  title: string;
  /** File types, as the office names them. */
  formats: string;
  description: string;
  /** Issues a number (督办〔年〕第N号 / 第N期) that is recorded and never reused. */
  numbered: boolean;
}

export const EXPORT_FORMS: ExportFormInfo[] = [
  { key: 'ledger', title: '督查台账', formats: 'Excel', numbered: false, description: '全年事项一览：全年表、各月分表和汇总表（按月份、责任人、分类统计完成率），A4 横向打印。' },
  { key: 'month', title: '月度工作推进表', formats: 'PDF / Excel', numbered: false, description: '一个月的事项、上月结转和贯穿全年工作，附填表人、审核人签字栏，可直接打印。' },
  { key: 'notices', title: '督办通知单 / 催办单', formats: 'Word', numbered: true, description: '对一个事项、一位责任人的未办结事项或全部逾期事项发出督办，每位主办人一份。' },
  { key: 'report', title: '督查通报', formats: 'Word / PDF', numbered: true, description: '一个或几个月的事项总数、办结率、各责任人完成情况，附滞后、逾期事项清单。' },
  { key: 'submission', title: '报送材料', formats: '压缩包 / Word', numbered: false, description: '上半年或全年的事项、进展、指标完成情况和佐证材料索引；压缩包内按序号附佐证材料。' },
  { key: 'csv', title: '事项清单 CSV', formats: 'CSV', numbered: false, description: '供其他软件使用的事项数据（UTF-8），Excel 和 WPS 可直接打开。' },
];

export function formInfo(key: ExportFormKey): ExportFormInfo {
  return EXPORT_FORMS.find((f) => f.key === key)!;
}

export function defaultExportParams(month: number): ExportParams {
  return {
    form: 'ledger',
    month,
    monthFormat: 'pdf',
    fromMonth: month,
    toMonth: month,
    reportFormat: 'docx',
    period: 'h1',
    submissionFormat: 'zip',
    notice: { scope: 'overdue', kind: 'supervise', requirement: '' },
  };
}

function noticeTarget(planId: number, notice: NoticeParams): NoticeInput['target'] | null {
  switch (notice.scope) {
    case 'item':
      return notice.itemId ? { scope: 'item', itemId: notice.itemId } : null;
    case 'owner':
      return notice.personId ? { scope: 'owner', planId, personId: notice.personId } : null;
    case 'overdue':
      return { scope: 'overdue', planId };
  }
}

/** The notice call's input, or null while the item or person is still to be chosen. */
export function noticeInput(planId: number, notice: NoticeParams): NoticeInput | null {
  const target = noticeTarget(planId, notice);
  if (!target) return null;
  return { target, kind: notice.kind, requirement: notice.requirement.trim(), ...(notice.feedbackDate ? { feedbackDate: notice.feedbackDate } : {}) };
}

/** What still has to be chosen before the form can be made; null when ready. */
export function missingChoice(params: ExportParams): string | null {
  if (params.form !== 'notices') return null;
  if (params.notice.scope === 'item' && !params.notice.itemId) return '请选择要督办的事项';
  if (params.notice.scope === 'owner' && !params.notice.personId) return '请选择责任人';
  return null;
}

function filterOf(params: ExportParams) {
  return { personId: params.personId, status: params.status };
}

/** Input of exports.preview for the form, or null when the form has no print layout to show. */
export function previewInput(planId: number, params: ExportParams): PreviewInput | null {
  switch (params.form) {
    case 'ledger':
      return { form: 'ledger', planId, filter: filterOf(params) };
    case 'month':
      return { form: 'month', planId, month: params.month };
    case 'report':
      return { form: 'report', planId, fromMonth: params.fromMonth, toMonth: params.toMonth };
    case 'notices': {
      const notice = noticeInput(planId, params.notice);
      return notice ? { form: 'notices', notice } : null;
    }
    case 'submission':
    case 'csv':
      return null;
  }
}

/** An item a notice run could not address (no 主办). */
export interface UnaddressedItem {
  id: number;
  seq: number | null;
  period: string;
  content: string;
}

/** The file, the number it was issued under (numbered forms), and what the user should know about it. */
export interface ExportResult {
  file: ExportedFile;
  issued?: string;
  /** The same document was issued before: it came back with its number and content. */
  reused?: boolean;
  problems: string[];
  unaddressed?: UnaddressedItem[];
}

/** Makes the file. Numbered forms record their number here (never in the preview). */
export async function runExport(planId: number, params: ExportParams): Promise<ExportResult> {
  switch (params.form) {
    case 'ledger':
      return { file: await call('exports.ledger', { planId, filter: filterOf(params) }), problems: [] };
    case 'month':
      return { file: await call('exports.month', { planId, month: params.month, format: params.monthFormat }), problems: [] };
    case 'report': {
      const { number, reused, issuedAt, ...file } = await call('exports.report', { planId, fromMonth: params.fromMonth, toMonth: params.toMonth, format: params.reportFormat });
      return { file, issued: reused ? `${number}（${issuedAt.slice(0, 10)}已签发，本次按原编号、原内容导出；如需按最新数据重新签发，请先在“已发文件”中作废）` : number, reused, problems: [] };
    }
    case 'notices': {
      const notice = noticeInput(planId, params.notice);
      if (!notice) throw new Error(missingChoice(params) ?? '请完成督办设置');
      const { numbers, reused, unaddressed, ...file } = await call('exports.notices', notice);
      return { file, issued: `${numbers.join('、')}${reused ? '（今日已签发，本次按原编号导出）' : ''}`, reused, problems: [], unaddressed };
    }
    case 'submission': {
      const { problems, ...file } = await call('exports.submission', { planId, period: params.period, format: params.submissionFormat });
      return { file, problems };
    }
    case 'csv':
      return { file: await call('exports.csv', { planId, filter: filterOf(params) }), problems: [] };
  }
}

/** The kind of file the current choices make, for the 导出 button. */
export function fileKindLabel(params: ExportParams): string {
  switch (params.form) {
    case 'ledger':
      return 'Excel';
    case 'month':
      return params.monthFormat === 'pdf' ? 'PDF' : 'Excel';
    case 'report':
      return params.reportFormat === 'pdf' ? 'PDF' : 'Word';
    case 'notices':
      return 'Word';
    case 'submission':
      return params.submissionFormat === 'zip' ? '压缩包' : 'Word';
    case 'csv':
      return 'CSV';
  }
}
