// The peer's address as people read it: an IPv4 client reached over a dual-stack socket shows as
// `192.168.1.23`, not `::ffff:192.168.1.23`.

export function clientAddress(remote: string | undefined): string {
  if (!remote) return 'unknown';
  return remote.startsWith('::ffff:') && remote.includes('.') ? remote.slice(7) : remote;
}
