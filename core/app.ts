import { openStore, type OpenOptions, type Store } from '../db/client';
import type { Envelope } from './contract/app-error';
import type { Actor, Ctx } from './context';
import { createDispatch } from './dispatch';
import { handlers } from './handlers/index';

export interface LedgerApp {
  store: Store;
  dataDir: string;
  /** Calls one contract method as the given actor. */
  call(method: string, input: unknown, actor: Actor): Promise<Envelope<unknown>>;
  close(): void;
}

/** Wires a data directory to the one dispatch; every transport (IPC, HTTP, CLI) goes through this. */
export function createLedgerApp(dataDir: string, options: OpenOptions & { clock?: () => Date } = {}): LedgerApp {
  const store = openStore(dataDir, options);
  const dispatch = createDispatch(handlers);
  const clock = options.clock ?? (() => new Date());
  return {
    store,
    dataDir,
    call: (method, input, actor) => {
      const ctx: Ctx = { store, clock, actor };
      return dispatch(method, input, ctx);
    },
    close: () => store.close(),
  };
}
