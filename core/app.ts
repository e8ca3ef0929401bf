import { openStore, type OpenOptions, type Store } from '../db/client';
import { getUserRow } from '../db/queries/users';
import type { Envelope } from './contract/app-error';
import type { Actor, Ctx, UserRole } from './context';
import { createDispatch } from './dispatch';
import { handlers } from './handlers/index';
import { createSessionRegistry, type SessionRegistry } from './services/sessions';

/** Who is calling: an actor trusted by the transport (the CLI on the machine), or a login session. */
export type Caller = Actor | { session: string | null };

export interface LedgerApp {
  store: Store;
  dataDir: string;
  sessions: SessionRegistry;
  /** The one clock every date-dependent output reads "today" from. */
  clock: () => Date;
  /** Calls one contract method; every transport (IPC, HTTP, CLI) goes through here. */
  call(method: string, input: unknown, caller: Caller): Promise<Envelope<unknown>>;
  close(): void;
}

export function createLedgerApp(dataDir: string, options: OpenOptions & { clock?: () => Date } = {}): LedgerApp {
  const store = openStore(dataDir, options);
  const dispatch = createDispatch(handlers);
  const clock = options.clock ?? (() => new Date());
  const sessions = createSessionRegistry(clock);

  /** The signed-in user of a session, if the session is live and the account still active. */
  function actorOfSession(token: string | null): Actor | null {
    const userId = token ? sessions.touch(token) : null;
    const user = userId == null ? undefined : getUserRow(store.orm, userId);
    if (!user || !user.active) return null;
    return { userId: user.id, name: user.displayName, role: user.role as UserRole };
  }

  return {
    store,
    dataDir,
    sessions,
    clock,
    call: (method, input, caller) => {
      const token = 'session' in caller ? caller.session : null;
      const actor = 'session' in caller ? actorOfSession(token) : caller;
      const ctx: Ctx = { store, clock, actor, sessions, sessionToken: token, dataDir };
      return dispatch(method, input, ctx);
    },
    close: () => store.close(),
  };
}
