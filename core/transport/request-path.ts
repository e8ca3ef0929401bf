// Request paths arrive percent-encoded; a malformed escape (`/api/%ZZ`, `/%`) is the client's mistake and
// is answered 400, never a server error.

/** The decoded path, or null when its percent-encoding is malformed or it holds a NUL. */
export function decodeRequestPath(rawPath: string): string | null {
  try {
    const decoded = decodeURIComponent(rawPath);
    return decoded.includes('\u0000') ? null : decoded;
  } catch {
    return null;
  }
}

/** The path part of a request target (`/api/x?y=1` → `/api/x`), undecoded. */
export function rawPathOf(target: string): string {
  const end = target.search(/[?#]/);
  return end < 0 ? target : target.slice(0, end);
}
