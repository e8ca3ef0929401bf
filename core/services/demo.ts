import { samplePlan2023 } from '../sample/plan2023';
import type { Ctx } from '../context';
import { writeNewPlan } from './plan-draft';
import { inTransaction } from './write';

/** Loads the bundled 2023 sample plan (seed 003), marked 示例, so a new office can try the app on real data. */
export function loadDemo(ctx: Ctx): { planId: number; year: number } {
  return inTransaction(ctx, (tx) => writeNewPlan(tx, ctx, samplePlan2023, 'demo.load', { sample: true }));
}
