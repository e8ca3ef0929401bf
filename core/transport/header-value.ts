// Values that go into HTTP response headers come from users (file names, declared types). A CR/LF or a
// character outside Latin-1 makes Node refuse the header and the reply fail, so each is made safe here.

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

/** A media type as `type/subtype`, lower-cased, parameters dropped; anything else becomes octet-stream. */
export function safeMime(declared: string | null | undefined): string {
  const bare = (declared ?? '').split(';')[0].trim().toLowerCase();
  return MIME_TYPE.test(bare) ? bare : 'application/octet-stream';
}

/** Printable ASCII only, for the plain `filename="…"` fallback of old clients. */
function asciiFallback(name: string): string {
  const plain = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_').trim();
  return plain || 'file';
}

/**
 * Content-Disposition for a file: the real (often Chinese) name as RFC 5987 `filename*`, an ASCII
 * fallback beside it; control characters are dropped from both.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const name = fileName.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'file';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encoded}`;
}
