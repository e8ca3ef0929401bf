import { getIssuedDocument, insertIssuedDocument, liveDocumentByRequest, nextDocumentNumber, type IssuedDocumentRow } from '../../db/queries/exports';
import { AppError, notFound } from '../contract/app-error';
import type { Db } from '../../db/client';
import type { PrintDocument } from './document';
import type { ExportBase } from './export-data';

// The register of issued documents (已发文件): a 督查通报 or 督办通知单 takes its number once, when it is
// issued — 第N期 and 督办〔year of issue〕第N号, counted per year of issue — and the register keeps what
// was issued (the request, the document, who and when, the file's hash). Asking for the same document
// again, in any format, gives that document with its number; a voided number is never given again.

export const DOC_KINDS = {
  report: { label: '督查通报' },
  'notice.supervise': { label: '督办通知单', word: '督办' },
  'notice.urge': { label: '催办单', word: '催办' },
} as const;
export type DocKind = keyof typeof DOC_KINDS;

/** 第3期, 督办〔2026〕第3号; `n` null: the placeholder a preview shows. */
export function documentNumber(kind: DocKind, year: number, n: number | null): string {
  const no = n == null ? '＿' : String(n);
  const kindInfo = DOC_KINDS[kind];
  return 'word' in kindInfo ? `${kindInfo.word}〔${year}〕第${no}号` : `第${no}期`;
}

export const PREVIEW_MARK = '（预览·未编号）';

/** JSON with sorted keys, so the same request always reads the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export interface IssueRequest {
  kind: DocKind;
  /** What identifies the document: the same request finds the same issued document. */
  request: Record<string, unknown>;
  title: (number: string) => string;
  itemId?: number | null;
  personId?: number | null;
  /** Documents issued together by one request. */
  batch?: string;
}

export interface IssuedDoc {
  id: number;
  number: string;
  document: PrintDocument;
  /** Issued earlier for the same request: its number and content are given again. */
  reused: boolean;
  issuedAt: string;
}

const requestKey = (req: Pick<IssueRequest, 'kind' | 'request'>) => `${req.kind}:${stableJson(req.request)}`;

/** The year numbers are counted in: the office's calendar year on the day of issue. */
export function issueYear(base: ExportBase): number {
  return Number(base.scope.today.slice(0, 4));
}

function fromRow(row: IssuedDocumentRow, reused: boolean): IssuedDoc {
  if (!row.document) throw new AppError('CONFLICT', `${row.title || '该文件'}签发于旧版本，未保存文件内容，不能重新导出`);
  return { id: row.id, number: documentNumber(row.kind as DocKind, row.year, row.number), document: JSON.parse(row.document), reused, issuedAt: row.issuedAt };
}

/**
 * The document for a request: the one already issued (and not voided), or a new number with the document
 * `build` makes for it, recorded in the caller's write transaction.
 */
export function issueOnce(base: ExportBase, req: IssueRequest, build: (number: string) => PrintDocument): IssuedDoc {
  const db = base.scope.db;
  const key = requestKey(req);
  const live = liveDocumentByRequest(db, key);
  if (live?.document) return fromRow(live, true);
  const year = issueYear(base);
  const n = nextDocumentNumber(db, req.kind, year);
  const number = documentNumber(req.kind, year, n);
  const document = build(number);
  const row = insertIssuedDocument(db, {
    kind: req.kind, year, number: n, planId: base.plan.id, itemId: req.itemId ?? null, personId: req.personId ?? null,
    title: req.title(number), requestKey: key, batch: req.batch ?? null, document: JSON.stringify(document),
    issuedBy: base.actorName, issuedAt: base.now,
  });
  return fromRow(row, false);
}

/** What a preview shows: the issued document when the request was issued already, else a draft without a number. */
export function previewOnce(base: ExportBase, req: Pick<IssueRequest, 'kind' | 'request'>, build: (number: string) => PrintDocument): PrintDocument {
  const live = liveDocumentByRequest(base.scope.db, requestKey(req));
  if (live?.document) return fromRow(live, true).document;
  return build(`${documentNumber(req.kind, issueYear(base), null)}${PREVIEW_MARK}`);
}

/** An issued document by its register id, for exporting it again. */
export function issuedDocument(db: Db, id: number): IssuedDoc & { title: string; voided: boolean } {
  const row = getIssuedDocument(db, id);
  if (!row) throw notFound('该已发文件');
  return { ...fromRow(row, true), title: row.title, voided: row.voidedAt != null };
}
