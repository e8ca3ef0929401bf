import { z } from 'zod';
import { id } from './common';
import { planDraft } from './draft';

export const importSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().min(1, '请粘贴计划或通知的文字').max(20 * 1024 * 1024, '文字超过 20 MB，请分段导入') }),
  /** A file already streamed into the store (POST /upload, or the desktop's file dialog). */
  z.object({ kind: z.literal('file'), sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: z.string().min(1).max(255), sheet: z.union([z.number().int().min(0), z.string()]).optional() }),
]);

export const importPreviewInput = z.object({
  year: z.number().int().min(2000).max(2100),
  source: importSource,
  /** Let the reader decide unless the user says which it is. */
  documentKind: z.enum(['plan', 'notice']).optional(),
});

const problemView = z.object({ line: z.number().int(), text: z.string(), kind: z.string(), message: z.string() });

export const importPreview = z.object({
  documentKind: z.enum(['plan', 'notice']),
  format: z.string(),
  draft: planDraft,
  sourceLines: z.array(z.array(z.number().int())),
  /** Per item, the period as the document wrote it when the plan's year cannot hold it (次年1月, kept in 12月); else null. */
  writtenPeriods: z.array(z.string().nullable()),
  problems: z.array(problemView),
  stats: z.record(z.string(), z.number()),
  /** Owner names in the draft and whether each already exists (new ones are highlighted). */
  persons: z.array(z.object({ name: z.string(), personId: z.number().int().nullable() })),
  /** What committing would do, item by item (same order as draft.items). */
  steps: z.array(z.enum(['add', 'update', 'same'])),
  planExists: z.boolean(),
  summary: z.string(),
});

export const importCommitInput = z.object({ draft: planDraft });
export const importCommitResult = z.object({
  planId: id,
  year: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  message: z.string(),
});

export const planCopyInput = z.object({
  fromPlanId: id,
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200).optional(),
  keepOwners: z.boolean().default(true),
  /** Also bring the old year's unfinished items over, linked to their history (结转). */
  carryOpen: z.boolean().default(false),
});

export type ImportPreview = z.infer<typeof importPreview>;
