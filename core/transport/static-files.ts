import fs from 'node:fs';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Hashed build assets never change under the same name. */
  immutable: boolean;
}

/**
 * Resolves a decoded URL path inside the built renderer; unknown paths fall back to index.html (client
 * routing). Paths that escape the folder are refused.
 */
export function readStaticFile(root: string, decoded: string): StaticFile | null {
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!file.startsWith(path.resolve(root) + path.sep) && file !== path.resolve(root)) return null;
  const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
  if (!fs.existsSync(target)) return null;
  return {
    body: fs.readFileSync(target),
    type: MIME[path.extname(target)] ?? 'application/octet-stream',
    immutable: target.includes(`${path.sep}assets${path.sep}`),
  };
}
