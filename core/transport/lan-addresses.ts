import os from 'node:os';

/** Every IPv4 address of this machine's network interfaces (loopback included), the wildcard's meaning. */
export function interfaceAddresses(): { name: string; address: string; internal: boolean }[] {
  const found: { name: string; address: string; internal: boolean }[] = [];
  for (const [name, list] of Object.entries(os.networkInterfaces()))
    for (const entry of list ?? []) if (entry.family === 'IPv4') found.push({ name, address: entry.address, internal: entry.internal });
  return found;
}

export const WILDCARD_HOST = '0.0.0.0';

/** The addresses a server bound to `host` can be reached at (the wildcard: every interface's). */
export function reachableAddresses(host: string): string[] {
  if (host !== WILDCARD_HOST) return [host];
  const all = interfaceAddresses();
  // The office network first: that is the address to hand out.
  return [...all.filter((a) => !a.internal), ...all.filter((a) => a.internal)].map((a) => a.address);
}

/** `host:port` as a Host header names it. */
export function hostPort(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}
