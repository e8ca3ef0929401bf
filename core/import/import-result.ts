import type { PlanDraft } from '../contract/draft';

// What a parser hands back: the draft (exactly the contract's shape, ready for the commit path), the source
// lines of each item kept beside it so the draft stays clean, and what the person should check.

export type ProblemKind =
  | 'unrecognised'
  | 'duplicate_seq'
  | 'seq_gap'
  | 'seq_order'
  | 'unknown_period'
  | 'empty_item'
  | 'too_long'
  | 'truncated'
  | 'no_deadline'
  | 'next_year'
  | 'not_item'
  | 'no_plan';

export interface ImportProblem {
  /** 1-based line (for spreadsheets: row) of the source; 0 when it concerns the whole file. */
  line: number;
  text: string;
  kind: ProblemKind;
  /** Chinese, for the person reviewing the import. */
  message: string;
}

export interface ImportStats {
  lines: number;
  items: number;
  keyItems: number;
  monthlyItems: number;
  yearRoundItems: number;
  sections: number;
  targets: number;
  /** Non-blank lines deliberately left out: preamble, 指导思想/工作要求 prose, notice body text. */
  skippedLines: number;
  /** Items in months of the following year (a term plan running 九月…次年一月). */
  nextYearItems: number;
  problems: number;
}

export interface PlanImportResult {
  draft: PlanDraft;
  /** sourceLines[i]: the 1-based lines item i was read from. */
  sourceLines: number[][];
  /**
   * writtenPeriods[i]: the period as the document wrote it, when the plan's year cannot hold it so (a term
   * plan's 一月 is 次年1月: recorded in December, due in the next year); null when the item's months are as written.
   */
  writtenPeriods: (string | null)[];
  /** 1-based lines that shape the plan rather than hold an item: headings (months, sections, the title),
   *  table headers and the cells beside an item's content (月份, 负责人, 备注). */
  layoutLines: number[];
  problems: ImportProblem[];
  stats: ImportStats;
}

const PROBLEM_TEXT_CHARS = 200;

export function problem(line: number, text: string, kind: ProblemKind, message: string): ImportProblem {
  const trimmed = text.trim();
  return { line, text: trimmed.length > PROBLEM_TEXT_CHARS ? `${trimmed.slice(0, PROBLEM_TEXT_CHARS)}…` : trimmed, kind, message };
}

export function computeStats(draft: PlanDraft, lines: number, skippedLines: number, problems: number, writtenPeriods: (string | null)[]): ImportStats {
  const items = draft.items;
  return {
    lines,
    items: items.length,
    keyItems: items.filter((i) => i.isKey).length,
    monthlyItems: items.filter((i) => !i.yearRound).length,
    yearRoundItems: items.filter((i) => i.yearRound && !i.isKey).length,
    sections: draft.sections.length,
    targets: items.reduce((n, i) => n + i.targets.length, 0),
    skippedLines,
    nextYearItems: writtenPeriods.filter((w) => w !== null).length,
    problems,
  };
}
