import type { Socket } from 'node:net';

/**
 * Node's default answer to a malformed request is a bare 400 and a destroyed socket. One case must not
 * cut a reply short: bytes that follow a `Connection: close` request (a client sending a body without
 * declaring it) arrive while the reply is still being made, and the reply is what the client needs. That
 * case is ignored (the socket closes after the reply); everything else gets Node's 400.
 */
export function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'HPE_CLOSED_CONNECTION') return;
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
}
