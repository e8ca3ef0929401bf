import type { HandlersFor } from '../dispatch';
import type { exportMethods } from '../contract/export-methods';
import { exportCsv, exportLedger, exportMonth, exportNotices, exportReport, exportSubmission, previewForm } from '../export/exports';

/** One line per export method, each delegating to the export layer (core/export). */
export const exportHandlers: HandlersFor<keyof typeof exportMethods> = {
  'exports.ledger': (input, ctx) => exportLedger(ctx, input),
  'exports.month': (input, ctx) => exportMonth(ctx, input),
  'exports.notices': (input, ctx) => exportNotices(ctx, input),
  'exports.report': (input, ctx) => exportReport(ctx, input),
  'exports.submission': (input, ctx) => exportSubmission(ctx, input),
  'exports.csv': (input, ctx) => exportCsv(ctx, input),
  'exports.preview': (input, ctx) => previewForm(ctx, input),
};
