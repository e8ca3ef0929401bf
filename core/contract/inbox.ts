import { z } from 'zod';
import { INBOX_SECTIONS } from '../domain/inbox';
import { id } from './common';
import { itemSummary } from './item';
import { findingView, postponementView } from './supervision';

export const INBOX_SECTION_LIMIT = 100;

/** One thing waiting: the item, its plan, and the request or finding it is about. */
export const inboxEntry = z.object({
  key: z.string(),
  item: itemSummary,
  plan: z.object({ id, year: z.number().int(), isSample: z.boolean() }),
  postponement: postponementView.nullable(),
  finding: findingView.nullable(),
});

export const inboxView = z.object({
  sections: z.array(z.object({
    key: z.enum(INBOX_SECTIONS),
    /** Full size; entries are cut at INBOX_SECTION_LIMIT. */
    total: z.number().int(),
    entries: z.array(inboxEntry),
  })),
  /** What the sidebar badge shows: the entries that wait for someone. */
  count: z.number().int(),
  /** 逾期/临期 are the signed-in user's own items (their account is linked to a 责任人), not everyone's. */
  mine: z.boolean(),
  /**
   * The 示例 plan: none; only what someone did in it counts (待核验, 延期, 督查, 退回 — its long-past dates
   * would put every item under 逾期); or left out, as the office has plans of its own.
   */
  samplePlan: z.enum(['none', 'actionsOnly', 'leftOut']),
});

export type InboxEntry = z.infer<typeof inboxEntry>;
export type InboxView = z.infer<typeof inboxView>;
