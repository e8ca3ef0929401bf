import type { importMethods } from '../contract/import-methods';
import type { HandlersFor } from '../dispatch';
import { commitImport, copyPlan, previewImport } from '../services/imports';

/** One line per import method, each delegating to a domain service. */
export const importHandlers: HandlersFor<keyof typeof importMethods> = {
  'imports.preview': (input, ctx) => previewImport(ctx, input),
  'imports.commit': ({ draft }, ctx) => commitImport(ctx, draft),
  'plans.copy': (input, ctx) => copyPlan(ctx, input),
};
