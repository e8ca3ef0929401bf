import { describe, expect, it } from 'vitest';
import { prepareFixture, trial } from '../fault/crash-trials';

// kill -9 in the middle of a backup and of a restore: a few trials here (each is a process start); the
// long run is tests/fault/run-fault-trials.ts.

describe('killed during a backup or a restore', () => {
  it('the data folder holds the old state or the new one, intact, with its evidence', async () => {
    const fixture = await prepareFixture();
    const results = [];
    for (const mode of ['backup', 'restore'] as const) {
      const whole = await trial(fixture, mode, null);
      results.push(whole);
      // Early in the work (a tenth and half of an uninterrupted run), so a run that happens to go faster
      // than the measured one is still cut short; the long run spreads its kills over the whole span.
      for (const share of [0.1, 0.5]) results.push(await trial(fixture, mode, share * whole.ms));
    }
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.some((r) => r.killedBeforeDone)).toBe(true);
  }, 300_000);
});
