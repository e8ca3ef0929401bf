import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDraft } from '../../core/contract/draft';
import { parsePlanText } from '../../core/import/parse-plan-text';
import { samplePlan2023 } from '../../core/sample/plan2023';

// The bundled sample is the plan of seed 003 as data; the importer must read the seed into the same items.
describe('seed 003 import equals the bundled sample plan', () => {
  it('yields the same sections and items, in the same order', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/003_e622a78fe4de4e57.txt'), 'utf8');
    const parsed = parsePlanText(text, { year: 2023 }).draft;
    const sample = planDraft.parse(samplePlan2023);
    expect(parsed.sections).toEqual(sample.sections);
    expect(parsed.items).toHaveLength(sample.items.length);
    parsed.items.forEach((item, i) => expect(item, `item ${i}: ${sample.items[i].content.slice(0, 20)}`).toEqual(sample.items[i]));
  });
});
