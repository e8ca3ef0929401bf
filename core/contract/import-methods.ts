import { z } from 'zod';
import { id } from './common';
import { importCommitInput, importCommitResult, importPreview, importPreviewInput, planCopyInput } from './import';
import { method } from './method';

/** Bringing plans in: documents and notices (preview, then commit), and copying a plan to a new year. */
export const importMethods = {
  'imports.preview': method('write', importPreviewInput, importPreview),
  'imports.commit': method('write', importCommitInput, importCommitResult),
  /** copied: items in the new plan; carried: of those, unfinished ones carried over (结转); deadlinesReset: explicit deadlines that fell outside the new year and became the span's end. */
  'plans.copy': method('write', planCopyInput, z.object({ planId: id, copied: z.number().int(), carried: z.number().int(), deadlinesReset: z.number().int() })),
};
