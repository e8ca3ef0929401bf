import type { Store } from '../../../db/client';
import { lastAuditHash } from '../../../db/queries/audit';
import { dailyBackupDue } from '../../domain/daily-backup';
import type { CallGate } from '../call-gate';
import { sweepOrphanEvidence } from '../evidence-sweep';
import { listBackups, removeLeftovers, rotateBackups } from './backup-files';
import { writeBackup } from './write-backup';

// The app's housekeeping: the automatic backup (at start, every hour while running, and at close) and the
// sweep of orphaned evidence. It runs like a call (through the gate), so it never copies the database in
// the middle of an exclusive section, and a close in the middle of it only abandons its scratch files.

const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface AutoBackups {
  /** Clears a crash's leftovers, then checks now and every hour. */
  start(): void;
  /** Stops the hourly check and waits for a run in progress. */
  stop(): Promise<void>;
  /** At close: waits for a run in progress, then backs up what changed since the newest backup. */
  atClose(): Promise<void>;
  /** The last run's failure, until a run succeeds. */
  lastError(): string | null;
}

export function createAutoBackups(deps: { store: () => Store; dataDir: string; clock: () => Date; gate: CallGate }): AutoBackups {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let error: string | null = null;

  async function dailyBackupIfDue(atClose: boolean): Promise<void> {
    const now = deps.clock();
    const newest = (await listBackups(deps.dataDir))[0];
    const due = dailyBackupDue(newest && { createdAt: new Date(newest.manifest.createdAt), auditHead: newest.manifest.audit.head }, now, lastAuditHash(deps.store().orm), atClose);
    if (due) {
      await writeBackup(deps.store(), deps.dataDir, { reason: 'daily', clock: deps.clock });
      rotateBackups(await listBackups(deps.dataDir), now);
    }
  }

  function run(atClose = false): Promise<void> {
    running ??= deps.gate
      .shared(async () => {
        await dailyBackupIfDue(atClose);
        sweepOrphanEvidence(deps.store().orm, deps.dataDir, deps.clock());
        error = null;
      })
      .catch((failure: unknown) => {
        // After a close the database is gone under the run: that is not a failure to report.
        if (stopped) return;
        error = failure instanceof Error ? failure.message : String(failure);
        console.error('[backup] automatic backup failed:', failure);
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    start() {
      removeLeftovers(deps.dataDir);
      void run();
      timer = setInterval(() => void run(), CHECK_EVERY_MS);
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
    async atClose() {
      await running;
      await run(true);
    },
    lastError: () => error,
  };
}
