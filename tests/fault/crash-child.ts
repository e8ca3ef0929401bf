// A process to kill: opens a ledger, says READY, and on "go" backs it up or restores a backup into it,
// saying DONE when finished. Run by crash-trials.ts, which kills it with SIGKILL at a random moment.
import { createInterface } from 'node:readline';
import { createLedgerApp } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';

const [mode, dataDir, file] = process.argv.slice(2);
const app = createLedgerApp(dataDir, { automaticBackups: false });
const lines = createInterface({ input: process.stdin });
process.stdout.write('READY\n');
lines.once('line', async () => {
  const reply = mode === 'restore' ? await app.call('backups.restore', { file }, CLI_ACTOR) : await app.call('backups.create', {}, CLI_ACTOR);
  process.stdout.write(reply.ok ? 'DONE\n' : `FAILED ${JSON.stringify(reply.error)}\n`);
  app.close();
  process.exit(0);
});
