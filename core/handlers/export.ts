import type { HandlersFor } from '../dispatch';
import type { exportMethods } from '../contract/export-methods';
import { listIssued, voidIssued } from '../services/issued-documents';

// The export layer pulls in exceljs, docx and jszip; it is loaded on the first export, not at start-up.
const layer = () => import('../export/exports');

/** One line per export method, each delegating to the export layer (core/export). */
export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'exports.ledger': async (input, ctx) => (await layer()).exportLedger(ctx, input),
  'exports.month': async (input, ctx) => (await layer()).exportMonth(ctx, input),
  'exports.notices': async (input, ctx) => (await layer()).exportNotices(ctx, input),
  'exports.report': async (input, ctx) => (await layer()).exportReport(ctx, input),
  'exports.submission': async (input, ctx) => (await layer()).exportSubmission(ctx, input),
  'exports.csv': async (input, ctx) => (await layer()).exportCsv(ctx, input),
  'exports.preview': async (input, ctx) => (await layer()).previewForm(ctx, input),
  'documents.list': (input, ctx) => listIssued(ctx, input),
  'documents.export': async (input, ctx) => (await layer()).exportIssued(ctx, input),
  'documents.void': (input, ctx) => voidIssued(ctx, input),
};
