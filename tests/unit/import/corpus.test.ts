import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { importDocument } from '../../../core/import/import-document';
import { type DocScore, actualPeriod, loadCorpus, scoreDoc, totalScore } from './corpus-score';

// The corpus score: every plan in tests/fixtures/import/corpus read through the same entry point as the app
// and the CLI (kind detected, not told), compared with the hand-written answers beside it.

const NOT_A_PLAN = '未识别到按月安排的工作计划';
const PAR = 0.95;

describe('corpus of plans from other offices', async () => {
  const docs = loadCorpus();
  const scores: DocScore[] = [];
  const notPlanMessages = new Map<string, boolean>();
  for (const doc of docs) {
    const result = await importDocument(Buffer.from(doc.text, 'utf8'), `${doc.name}.txt`, { year: doc.year, today: `${doc.year}-01-01` });
    expect(planDraft.safeParse(result.draft).success).toBe(true);
    const actual = result.draft.items.map((item, i) => ({
      period: actualPeriod(item, result.writtenPeriods[i]),
      content: item.content,
      owners: item.owners.map((o) => o.name),
    }));
    scores.push(scoreDoc(doc.name, doc.expected, actual));
    notPlanMessages.set(doc.name, result.problems.some((p) => p.message.startsWith(NOT_A_PLAN)));
  }
  const total = totalScore(scores);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.info(
    [
      `corpus: ${total.documents} documents, ${total.expected} expected items, ${total.actual} read`,
      `items: precision ${pct(total.itemPrecision)}, recall ${pct(total.itemRecall)}`,
      `month placement: precision ${pct(total.monthPrecision)}, recall ${pct(total.monthRecall)}`,
      `lead owner agrees: ${pct(total.ownerAccuracy)}`,
      ...scores.filter((s) => s.misses.length > 0).map((s) => `  ${s.name} (${s.matched}/${s.expected}, read ${s.actual}):\n    ${s.misses.join('\n    ')}`),
    ].join('\n'),
  );

  it('has at least 20 documents, plans and non-plans', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(docs.filter((d) => d.none).length).toBeGreaterThanOrEqual(2);
  });

  it(`finds the items: precision and recall ≥ ${PAR * 100}%`, () => {
    expect(total.itemPrecision).toBeGreaterThanOrEqual(PAR);
    expect(total.itemRecall).toBeGreaterThanOrEqual(PAR);
  });

  it(`places them in the right month: precision and recall ≥ ${PAR * 100}%`, () => {
    expect(total.monthPrecision).toBeGreaterThanOrEqual(PAR);
    expect(total.monthRecall).toBeGreaterThanOrEqual(PAR);
  });

  it('gives a document that is not a plan zero items and says so', () => {
    for (const doc of docs.filter((d) => d.none)) {
      expect(scores.find((s) => s.name === doc.name)?.actual, doc.name).toBe(0);
      expect(notPlanMessages.get(doc.name), doc.name).toBe(true);
    }
  });
});
