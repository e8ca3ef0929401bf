import type http from 'node:http';
import { DRAIN_ALLOWANCE_BYTES, MAX_JSON_BODY_BYTES, declaredOverLimit } from './body-limit';

// Reading request bodies so that a refusal (too large, disk full) still reaches the client.

/**
 * After a refusal, the rest of the body is read and dropped so the reply gets through (closing a socket
 * the client is still writing to resets it, and the reply is lost); a sender that goes on far past the
 * limit is cut off.
 */
export function drainRest(req: http.IncomingMessage): void {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_ALLOWANCE_BYTES) req.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

/** Iterates a request body without destroying the request when the loop stops early (see drainRest). */
export function bodyOf(req: http.IncomingMessage): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]() {
      const chunks = req[Symbol.asyncIterator]();
      return { next: () => chunks.next(), return: async () => ({ done: true, value: undefined }) };
    },
  };
}

/** The body as text, or null when it is over the limit (the rest is then drained). */
export async function readBody(req: http.IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<string | null> {
  if (declaredOverLimit(req.headers['content-length'], limit)) {
    drainRest(req);
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of bodyOf(req)) {
    size += chunk.length;
    if (size > limit) {
      drainRest(req);
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
