import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ItemDraft } from '../../../core/contract/draft';
import { periodLabel } from '../../../core/domain/months';

// Scoring the importer against the corpus in tests/fixtures/import/corpus: each NAME.txt has a hand-written
// NAME.expected.txt — "@year 2024", then one "period | content [| lead owner]" line per item ("次年1月" for a
// month of the following year), or "@none" for a document that holds no plan. Items are paired by their text
// (character bigrams, Dice ≥ 0.7, best pairs first), so small differences in punctuation or a kept
// parenthesis do not count, while two items read as one, or one item cut in two, do.

export interface ExpectedItem {
  period: string;
  content: string;
  owner: string | null;
}

export interface CorpusDoc {
  name: string;
  text: string;
  year: number;
  /** Empty for a document that is not a plan. */
  expected: ExpectedItem[];
  none: boolean;
}

export interface ActualItem {
  period: string;
  content: string;
  owners: string[];
}

const CORPUS = resolve(import.meta.dirname, '../../fixtures/import/corpus');

export function loadCorpus(): CorpusDoc[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const sidecar = readFileSync(resolve(CORPUS, `${name}.expected.txt`), 'utf8').split('\n');
      const year = Number(/^@year\s+(\d{4})/m.exec(sidecar.join('\n'))?.[1]);
      const expected = sidecar
        .filter((l) => l.trim() && !l.startsWith('@') && !l.startsWith('#'))
        .map((l) => {
          const [period, content, owner] = l.split(' | ').map((s) => s.trim());
          return { period, content, owner: owner || null };
        });
      return { name, text: readFileSync(resolve(CORPUS, file), 'utf8'), year, expected, none: sidecar.some((l) => l.trim() === '@none') };
    });
}

/** The label the sidecars use: 3月, 7-8月, 贯穿全年, 次年1月 (as the document wrote it). */
export function actualPeriod(item: ItemDraft, written: string | null): string {
  return written ?? periodLabel(item);
}

const PUNCT = /[\s\p{P}\p{S}]/gu;

function bigrams(text: string): Map<string, number> {
  const s = text.normalize('NFKC').replace(PUNCT, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) grams.set(s.slice(i, i + 2), (grams.get(s.slice(i, i + 2)) ?? 0) + 1);
  if (s.length === 1) grams.set(s, 1);
  return grams;
}

export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

const MATCH = 0.7;

export interface DocScore {
  name: string;
  expected: number;
  actual: number;
  matched: number;
  monthRight: number;
  ownersChecked: number;
  ownersRight: number;
  /** Human-readable differences, for the report when a document scores below par. */
  misses: string[];
}

export function scoreDoc(name: string, expected: ExpectedItem[], actual: ActualItem[]): DocScore {
  const pairs: Array<{ e: number; a: number; sim: number }> = [];
  expected.forEach((e, ei) =>
    actual.forEach((a, ai) => {
      const sim = similarity(e.content, a.content);
      if (sim >= MATCH) pairs.push({ e: ei, a: ai, sim });
    }),
  );
  // Best pairs first; among equals, the one whose month also agrees.
  pairs.sort((x, y) => y.sim - x.sim || Number(actual[y.a].period === expected[y.e].period) - Number(actual[x.a].period === expected[x.e].period));
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const score: DocScore = { name, expected: expected.length, actual: actual.length, matched: 0, monthRight: 0, ownersChecked: 0, ownersRight: 0, misses: [] };
  for (const p of pairs) {
    if (usedE.has(p.e) || usedA.has(p.a)) continue;
    usedE.add(p.e);
    usedA.add(p.a);
    score.matched++;
    const e = expected[p.e];
    const a = actual[p.a];
    if (a.period === e.period) score.monthRight++;
    else score.misses.push(`月份 ${a.period} ≠ ${e.period}: ${e.content}`);
    if (e.owner) {
      score.ownersChecked++;
      if (a.owners[0] === e.owner) score.ownersRight++;
      else score.misses.push(`主办 ${a.owners.join('、') || '无'} ≠ ${e.owner}: ${e.content}`);
    }
  }
  expected.forEach((e, i) => usedE.has(i) || score.misses.push(`漏: [${e.period}] ${e.content}`));
  actual.forEach((a, i) => usedA.has(i) || score.misses.push(`多: [${a.period}] ${a.content}`));
  return score;
}

export interface CorpusScore {
  documents: number;
  expected: number;
  actual: number;
  itemPrecision: number;
  itemRecall: number;
  monthPrecision: number;
  monthRecall: number;
  ownerAccuracy: number;
}

export function totalScore(docs: DocScore[]): CorpusScore {
  const sum = (f: (d: DocScore) => number) => docs.reduce((n, d) => n + f(d), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const expected = sum((d) => d.expected);
  const actual = sum((d) => d.actual);
  const matched = sum((d) => d.matched);
  const monthRight = sum((d) => d.monthRight);
  return {
    documents: docs.length,
    expected,
    actual,
    itemPrecision: ratio(matched, actual),
    itemRecall: ratio(matched, expected),
    monthPrecision: ratio(monthRight, actual),
    monthRecall: ratio(monthRight, expected),
    ownerAccuracy: ratio(sum((d) => d.ownersRight), sum((d) => d.ownersChecked)),
  };
}
