import { databaseIsFree } from '../db/backup';
import { openStore, type OpenOptions, type Store } from '../db/client';
import { getUserRow } from '../db/queries/users';
import { AppError, type Envelope } from './contract/app-error';
import { CLI_ACTOR, LOCAL_CLIENT, type Actor, type LanControl, type Ctx, type LedgerHost, type UserRole } from './context';
import { createDispatch } from './dispatch';
import { closePdfBrowser } from './export/chromium-pdf';
import { decoyHash } from './domain/password';
import { handlers } from './handlers/index';
import { createAutoBackups } from './services/backup/auto-backups';
import { writeBackupNow } from './services/backup/write-backup';
import { createCallGate } from './services/call-gate';
import { createLoginThrottle, type LoginThrottle } from './services/login-throttle';
import { createSessionRegistry, type SessionRegistry } from './services/sessions';

/**
 * Who is calling: an actor trusted by the transport (the CLI on the machine), or a login session with
 * the client's address (HTTP passes the peer; the desktop and the CLI are 'local').
 */
export type Caller = Actor | { session: string | null; client?: string };

export { LOCAL_CLIENT };

/** Calls a page makes by itself on a timer; they do not keep a session alive. */
export const BACKGROUND_METHODS: ReadonlySet<string> = new Set(['data.revision', 'sessions.list']);


export interface AppOptions extends Omit<OpenOptions, 'beforeMigrate'> {
  clock?: () => Date;
  /** The automatic backup at start, hourly and at shutdown, and the evidence sweep (on unless turned off: tests, the CLI). */
  automaticBackups?: boolean;
}

export interface LedgerApp {
  /** The open database; a restore replaces it, so read it here each time rather than keeping it. */
  readonly store: Store;
  dataDir: string;
  sessions: SessionRegistry;
  loginThrottle: LoginThrottle;
  /** Calls one contract method; every transport (IPC, HTTP, CLI) goes through here. */
  call(method: string, input: unknown, caller: Caller): Promise<Envelope<unknown>>;
  /** Lets the host process (desktop, serve mode) offer LAN sharing to 设置. */
  attachLan(control: LanControl): void;
  /** A context for machine-local services the CLI runs outside the contract (password reset). */
  localContext(): Ctx;
  /** Closes at once (an automatic backup in progress is abandoned, its scratch files removed). */
  close(): void;
  /** Closes after backing up what changed since the newest backup: the way to quit. */
  shutdown(): Promise<void>;
}

export function createLedgerApp(dataDir: string, options: AppOptions = {}): LedgerApp {
  const clock = options.clock ?? (() => new Date());
  // Before a migration changes an existing ledger, a full backup in the one backup format.
  const openOptions: OpenOptions = {
    ...options,
    beforeMigrate: (sqlite) => void writeBackupNow(sqlite, options.nativeBinding, dataDir, { reason: 'before-migration', clock }),
  };
  let store = openStore(dataDir, openOptions);
  const dispatch = createDispatch(handlers);
  const sessions = createSessionRegistry(clock);
  const loginThrottle = createLoginThrottle(clock);
  const gate = createCallGate();
  let lanControl: LanControl | null = null;
  const automatic = options.automaticBackups ?? true;
  const autoBackups = createAutoBackups({ store: () => store, dataDir, clock, gate });
  // Ready before the first sign-in with an unknown name, so that one is not faster or slower either.
  void decoyHash();

  const host: LedgerHost = {
    exclusive: (work) => gate.exclusive(work),
    replaceDatabase(swap) {
      store.close();
      try {
        if (!databaseIsFree(store.file, options.nativeBinding))
          throw new AppError('CONFLICT', '另一个程序（如另一个窗口、浏览器模式或命令行）正在使用这份数据，请先关闭它再恢复，未作任何改动');
        swap();
      } finally {
        store = openStore(dataDir, openOptions);
      }
    },
    automaticBackupError: () => autoBackups.lastError(),
    lan: () => lanControl,
  };

  /**
   * The signed-in user of a session, if the session is live and the account still active. A call counts
   * as activity (extends the session) unless it is one a page makes on its own, like polling for changes:
   * an open but unattended page must still time out.
   */
  function actorOfSession(token: string | null, method: string): Actor | null {
    const userId = !token ? null : BACKGROUND_METHODS.has(method) ? sessions.peek(token) : sessions.touch(token);
    const user = userId == null ? undefined : getUserRow(store.orm, userId);
    if (!user || !user.active) return null;
    return { userId: user.id, name: user.displayName, role: user.role as UserRole };
  }

  function contextOf(actor: Actor | null, sessionToken: string | null, client: string): Ctx {
    return { store, clock, actor, sessions, sessionToken, dataDir, client, loginThrottle, host };
  }

  if (automatic) autoBackups.start();

  return {
    get store() {
      return store;
    },
    dataDir,
    sessions,
    loginThrottle,
    call: (method, input, caller) =>
      gate.shared(() => {
        const ctx =
          'session' in caller
            ? contextOf(actorOfSession(caller.session, method), caller.session, caller.client ?? LOCAL_CLIENT)
            : contextOf(caller, null, LOCAL_CLIENT);
        return dispatch(method, input, ctx);
      }),
    attachLan(control) {
      lanControl = control;
    },
    localContext: () => contextOf(CLI_ACTOR, null, LOCAL_CLIENT),
    close() {
      void autoBackups.stop();
      void closePdfBrowser();
      store.close();
    },
    async shutdown() {
      if (automatic) await autoBackups.atClose();
      await autoBackups.stop();
      await closePdfBrowser();
      store.close();
    },
  };
}
