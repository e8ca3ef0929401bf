import type { Envelope } from '../core/contract/app-error';

/** The one IPC channel between the window and the core; the preload and ipc.ts share it. */
export const LEDGER_CHANNEL = 'ledger:invoke';

/** What the preload exposes as `window.ledger`: nothing but one contract call. */
export interface LedgerBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}
