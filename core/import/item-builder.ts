import type { ItemDraft, OwnerDraft } from '../contract/draft';
import type { Span } from '../domain/months';
import { findCadence } from './cadence';
import { type DatePhrase, deadlinesNote, findDates, pickDueDate } from './deadlines';
import { type Src, trimSrc, sliceSrc } from './normalize';
import { trailingOwners } from './owners';
import { statedPeriod } from './period';
import { extractTargets, mergeTargets } from './targets';

// One item from its text and where it stood. Shared by every layout (paragraphs, month blocks, table rows,
// notices) so an item reads the same whichever way the plan was written.

export interface ItemContext {
  span: Span;
  isKey: boolean;
  sectionTitle: string | null;
  year: number;
  /** YYYY-MM-DD: picks the first deadline still ahead when several are written. */
  today?: string;
  /** Owners from a table column, used when the text names none. */
  owners?: OwnerDraft[];
  /** Remarks from a table column or a notice, kept in notes and searched for targets. */
  notes?: string;
  /** A table's 完成时限 cell, preferred over dates in the text. */
  dueText?: string;
  /** Paragraph items outside a month block take a period they state (3月，… / …（3月）). */
  inferSpan?: boolean;
  source?: ItemDraft['source'];
  sourceRef?: string | null;
}

export const MAX_CONTENT = 4000;
const MAX_NOTES = 4000;

export interface BuiltItem {
  item: ItemDraft;
  /** The text was longer than an item may hold and was cut. */
  cut: boolean;
}

function joinNotes(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => Boolean(p && p.trim())).map((p) => p.trim()).join('；').slice(0, MAX_NOTES);
}

/** Null when nothing is left once the number and the owners clause are taken off. */
export function buildItem(seq: number | null, text: Src, ctx: ItemContext): BuiltItem | null {
  let content = trimSrc(text, '|');
  const clause = trailingOwners(content.n);
  if (clause) content = trimSrc(sliceSrc(content, 0, clause.start), '|');
  if (!content.o) return null;
  const cut = content.o.length > MAX_CONTENT;
  const body = cut ? content.o.slice(0, MAX_CONTENT) : content.o;
  // A 完成时限 cell decides; else dates in the text; else dates in the remarks (4月5日前完成 in 备注).
  let dates: DatePhrase[] = [];
  for (const text of [ctx.dueText, body, ctx.notes]) {
    dates = text ? findDates(text, ctx.year) : [];
    if (dates.length > 0) break;
  }
  const span = (ctx.inferSpan && statedPeriod(content.n)) || ctx.span;
  return {
    cut,
    item: {
      seq,
      content: body.trim(),
      startMonth: span.startMonth,
      endMonth: span.endMonth,
      yearRound: span.yearRound,
      isKey: ctx.isKey,
      sectionTitle: ctx.sectionTitle,
      owners: clause?.owners ?? ctx.owners ?? [],
      targets: mergeTargets(extractTargets(body), ctx.notes ? extractTargets(ctx.notes) : []),
      dueDate: pickDueDate(dates, ctx.today),
      cadence: span.yearRound ? findCadence(body) ?? findCadence(ctx.notes ?? '') : null,
      notes: joinNotes(deadlinesNote(dates), ctx.notes),
      source: ctx.source ?? 'plan',
      sourceRef: ctx.sourceRef ?? null,
    },
  };
}

/** Adds a remark to an item's notes (sequence slips, 注： lines). */
export function withNote(item: ItemDraft, note: string): ItemDraft {
  return { ...item, notes: joinNotes(item.notes, note) };
}
