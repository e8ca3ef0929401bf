import { openStore, type OpenOptions, type Store } from '../db/client';
import { getUserRow } from '../db/queries/users';
import type { Envelope } from './contract/app-error';
import { CLI_ACTOR, type Actor, type Ctx, type LedgerHost, type UserRole } from './context';
import { createDispatch } from './dispatch';
import { decoyHash } from './domain/password';
import { handlers } from './handlers/index';
import { createCallGate } from './services/call-gate';
import { createLoginThrottle, type LoginThrottle } from './services/login-throttle';
import { createSessionRegistry, type SessionRegistry } from './services/sessions';

/**
 * Who is calling: an actor trusted by the transport (the CLI on the machine), or a login session with
 * the client's address (HTTP passes the peer; the desktop and the CLI are 'local').
 */
export type Caller = Actor | { session: string | null; client?: string };

export const LOCAL_CLIENT = 'local';

export interface LedgerApp {
  /** The open database; a restore replaces it, so read it here each time rather than keeping it. */
  readonly store: Store;
  dataDir: string;
  sessions: SessionRegistry;
  loginThrottle: LoginThrottle;
  /** Calls one contract method; every transport (IPC, HTTP, CLI) goes through here. */
  call(method: string, input: unknown, caller: Caller): Promise<Envelope<unknown>>;
  /** A context for machine-local services the CLI runs outside the contract (password reset). */
  localContext(): Ctx;
  close(): void;
}

export function createLedgerApp(dataDir: string, options: OpenOptions & { clock?: () => Date } = {}): LedgerApp {
  let store = openStore(dataDir, options);
  const dispatch = createDispatch(handlers);
  const clock = options.clock ?? (() => new Date());
  const sessions = createSessionRegistry(clock);
  const loginThrottle = createLoginThrottle(clock);
  const gate = createCallGate();
  // Ready before the first sign-in with an unknown name, so that one is not faster or slower either.
  void decoyHash();

  const host: LedgerHost = {
    exclusive: (work) => gate.exclusive(work),
    replaceDatabase(swap) {
      store.close();
      swap();
      store = openStore(dataDir, options);
    },
  };

  /** The signed-in user of a session, if the session is live and the account still active. */
  function actorOfSession(token: string | null): Actor | null {
    const userId = token ? sessions.touch(token) : null;
    const user = userId == null ? undefined : getUserRow(store.orm, userId);
    if (!user || !user.active) return null;
    return { userId: user.id, name: user.displayName, role: user.role as UserRole };
  }

  function contextOf(actor: Actor | null, sessionToken: string | null, client: string): Ctx {
    return { store, clock, actor, sessions, sessionToken, dataDir, client, loginThrottle, host };
  }

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
            ? contextOf(actorOfSession(caller.session), caller.session, caller.client ?? LOCAL_CLIENT)
            : contextOf(caller, null, LOCAL_CLIENT);
        return dispatch(method, input, ctx);
      }),
    localContext: () => contextOf(CLI_ACTOR, null, LOCAL_CLIENT),
    close: () => store.close(),
  };
}
