import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLedgerApp, type LedgerApp } from '../../core/app';
import type { Envelope } from '../../core/contract/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../../core/contract';
import { LOCAL_ACTOR, type Actor } from '../../core/context';

export function tempDir(prefix = 'ledger-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestLedger {
  app: LedgerApp;
  dataDir: string;
  /** Calls a method and returns its data, failing the test with the Chinese message on error. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>, actor?: Actor): Promise<MethodOutput<M>>;
  /** Calls a method and returns the raw envelope (for error assertions). */
  raw(method: string, input: unknown, actor?: Actor): Promise<Envelope<unknown>>;
  close(): void;
}

/** A ledger on a real SQLite file in a fresh temp directory. */
export function openTestLedger(options: { dataDir?: string; clock?: () => Date } = {}): TestLedger {
  const dataDir = options.dataDir ?? tempDir();
  const app = createLedgerApp(dataDir, { clock: options.clock });
  return {
    app,
    dataDir,
    async ok(method, input, actor = LOCAL_ACTOR) {
      const envelope = await app.call(method, input, actor);
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data as never;
    },
    raw: (method, input, actor = LOCAL_ACTOR) => app.call(method, input, actor),
    close: () => app.close(),
  };
}
