import type { Store } from '../db/client';
import type { LanSettings } from './contract/lan-methods';
import type { UserRole } from './domain/roles';
import type { LoginThrottle } from './services/login-throttle';
import type { SessionRegistry } from './services/sessions';

export { USER_ROLE_LABELS, USER_ROLES, type UserRole } from './domain/roles';

/** The client of calls made on the machine itself (desktop window, CLI): not recorded as an address. */
export const LOCAL_CLIENT = 'local';

/** Who is acting: recorded in every audit event. */
export interface Actor {
  userId: number | null;
  name: string;
  role: UserRole;
}

/** The CLI (and serve mode's --demo) acting on the machine itself, trusted as an administrator. */
export const CLI_ACTOR: Actor = { userId: null, name: '命令行', role: 'admin' };

export interface Ctx {
  store: Store;
  clock: () => Date;
  /** Null when nobody is signed in: only 'public' methods may run. */
  actor: Actor | null;
  sessions: SessionRegistry;
  /** The caller's session token, if any (for logout). */
  sessionToken: string | null;
  dataDir: string;
  /** Where the call came from: the peer address over HTTP, 'local' on the machine (desktop, CLI). */
  client: string;
  loginThrottle: LoginThrottle;
  host: LedgerHost;
}

/** What the running app offers services beyond the store: exclusive use of it, and replacing it. */
export interface LedgerHost {
  /** Runs `work` once no other call is in flight; calls arriving meanwhile wait (the event loop stays free). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Closes the database, lets `swap` replace its files while closed, and opens it again. */
  replaceDatabase(swap: () => void): void;
  /** Why the last automatic backup failed, until one succeeds again. */
  automaticBackupError(): string | null;
  /** What shares the ledger on the office network, where this process can (null: nothing here can). */
  lan(): LanControl | null;
}

/** The LAN server of a running app (desktop main process, loopback serve mode). */
export interface LanControl {
  /** Starts, moves or stops the LAN server to match the settings; failures land in state().error. */
  apply(settings: LanSettings): Promise<void>;
  state(): { running: boolean; urls: string[]; error: string | null };
}

/** The signed-in actor; services that write call this (the dispatch has already refused anonymous calls). */
export function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw new Error('no actor: dispatch must refuse anonymous calls first');
  return ctx.actor;
}
