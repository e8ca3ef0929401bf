// The long fault run, once, for the notes (not part of npm test):
//   npx tsx tests/fault/run-fault-trials.ts [--trials 100]
// kill -9 during backups and restores, then (as root, where a tmpfs can be mounted) a full disk under the
// evidence store, the database, a backup and serve mode.
import { parseArgs } from 'node:util';
import { killMoments, prepareFixture, trial, type TrialResult } from './crash-trials';
import { runDiskFullTrials } from './disk-full';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '100' }, 'skip-kill': { type: 'boolean' } } });
const trials = Number(values.trials);

if (!values['skip-kill']) {
  const fixture = await prepareFixture();
  for (const mode of ['backup', 'restore'] as const) {
    const whole = await trial(fixture, mode, null);
    const ms = whole.ms;
    const results: TrialResult[] = [whole];
    for (const delay of killMoments(trials, ms)) {
      const result = await trial(fixture, mode, delay);
      results.push(result);
      if (!result.ok) console.log('FAILED', JSON.stringify(result));
    }
    const killed = results.filter((r) => r.killedBeforeDone);
    const states = mode === 'restore' ? `, old state ${results.filter((r) => r.items === fixture.oldItems).length}, new state ${results.filter((r) => r.items === fixture.newItems).length}` : '';
    console.log(
      `kill -9 during ${mode} (${ms.toFixed(0)} ms uninterrupted): ${results.length} trials, ${killed.length} killed before done, ` +
        `${results.filter((r) => r.ok).length} passed${states}, leftovers cleared in ${results.filter((r) => r.leftovers > 0).length}`,
    );
  }
}
await runDiskFullTrials();
