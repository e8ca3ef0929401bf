import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLedgerApp, type Caller, type LedgerApp } from '../../core/app';
import type { Envelope } from '../../core/contract/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../../core/contract';
import { CLI_ACTOR } from '../../core/context';

export function tempDir(prefix = 'ledger-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestLedger {
  app: LedgerApp;
  dataDir: string;
  /** Calls a method and returns its data, failing the test with the Chinese message on error. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>, caller?: Caller): Promise<MethodOutput<M>>;
  /** Calls a method and returns the raw envelope (for error assertions). */
  raw(method: string, input: unknown, caller?: Caller): Promise<Envelope<unknown>>;
  /** Creates an account with the role and returns a signed-in caller for it. */
  signIn(role: 'admin' | 'clerk' | 'adviser' | 'viewer', displayName?: string): Promise<Caller>;
  close(): void;
}

/** A ledger on a real SQLite file in a fresh temp directory; automatic backups only when a test asks. */
export function openTestLedger(options: { dataDir?: string; clock?: () => Date; automaticBackups?: boolean } = {}): TestLedger {
  const dataDir = options.dataDir ?? tempDir();
  const app = createLedgerApp(dataDir, { clock: options.clock, automaticBackups: options.automaticBackups ?? false });
  let accounts = 0;
  return {
    app,
    dataDir,
    async ok(method, input, caller = CLI_ACTOR) {
      const envelope = await app.call(method, input, caller);
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data as never;
    },
    raw: (method, input, caller = CLI_ACTOR) => app.call(method, input, caller),
    async signIn(role, displayName = `${role}用户`) {
      const username = `${role}${++accounts}`;
      const created = await app.call('users.create', { username, displayName, role, password: 'secret-pass-1' }, CLI_ACTOR);
      if (!created.ok) throw new Error(created.error.message);
      const login = await app.call('auth.login', { username, password: 'secret-pass-1' }, { session: null });
      if (!login.ok) throw new Error(login.error.message);
      return { session: (login.data as { session: string }).session };
    },
    close: () => app.close(),
  };
}
