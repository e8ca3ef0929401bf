import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the check "is this URL the app's own page?". Paths are compared decoded, because an install
 * folder such as 团委工作台账 may be percent-encoded differently by Chromium and by Node; query and hash
 * are ignored so the renderer's hash routes stay trusted.
 */
export function appUrlCheck(indexHtml: string, platform: NodeJS.Platform = process.platform): (url: string) => boolean {
  const normalize = (file: string) => {
    const resolved = path.resolve(file);
    // Windows paths are case-insensitive (C:\ vs c:\), POSIX ones are not.
    return platform === 'win32' ? resolved.toLowerCase() : resolved;
  };
  const expected = normalize(indexHtml);
  return (url) => {
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
      return normalize(fileURLToPath(parsed)) === expected;
    } catch {
      return false;
    }
  };
}
