import type { HttpBindings } from '@hono/node-server';

/** What every request handler of the ledger's Hono app sees: Node's request/response, and the decoded path. */
export interface HttpEnv {
  Bindings: HttpBindings;
  Variables: { decodedPath: string };
}
