import type http from 'node:http';
import { DRAIN_ALLOWANCE_BYTES, MAX_JSON_BODY_BYTES, declaredOverLimit } from './body-limit';

// Reading request bodies so that a refusal (too large, disk full) still reaches the client.

/**
 * After a refusal, the rest of the body is read and dropped, and the reply waits until it is in: a server
 * that answers and closes while the client is still sending resets the connection, and the client never
 * reads the reply. A sender that goes on far past the limit is cut off.
 */
export function drainRest(req: http.IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let drained = 0;
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_ALLOWANCE_BYTES) req.destroy();
    });
    req.on('error', () => undefined);
    req.once('end', () => resolve());
    req.once('close', () => resolve());
    req.resume();
  });
}

/**
 * A request body as chunks, read with 'data' events and paused between chunks (backpressure). Stopping
 * early detaches it and leaves the request open and paused, so the refusal can still drain it and reply;
 * Node's own iterator would destroy the request, and the reply with it.
 */
export function bodyOf(req: http.IncomingMessage): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]() {
      const queue: Buffer[] = [];
      let ended = false;
      let failure: Error | null = null;
      let wake: (() => void) | null = null;
      const onData = (chunk: Buffer) => {
        queue.push(chunk);
        req.pause();
        wake?.();
      };
      const onEnd = () => {
        ended = true;
        wake?.();
      };
      const onError = (error: Error) => {
        failure = error;
        wake?.();
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onError);
      req.on('close', onEnd);
      const detach = () => {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        req.off('close', onEnd);
      };
      return {
        async next(): Promise<IteratorResult<Buffer>> {
          while (queue.length === 0 && !ended && !failure) {
            const arrived = new Promise<void>((resolve) => (wake = resolve));
            req.resume();
            await arrived;
            wake = null;
          }
          const chunk = queue.shift();
          if (chunk) return { done: false, value: chunk };
          detach();
          if (failure) throw failure;
          if (!req.complete) throw Object.assign(new Error('request aborted'), { code: 'ECONNRESET' });
          return { done: true, value: undefined };
        },
        async return(): Promise<IteratorResult<Buffer>> {
          detach();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

/** The body as text, or null when it is over the limit (the rest is then drained). */
export async function readBody(req: http.IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<string | null> {
  if (declaredOverLimit(req.headers['content-length'], limit)) {
    await drainRest(req);
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of bodyOf(req)) {
    size += chunk.length;
    if (size > limit) break;
    chunks.push(chunk);
  }
  if (size <= limit) return Buffer.concat(chunks).toString('utf8');
  // Out of the loop first: the iterator lets go of the request, then the rest is drained.
  await drainRest(req);
  return null;
}
