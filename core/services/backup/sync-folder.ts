import fs from 'node:fs';

/** Flushes a folder's entries (a rename into it) to the disk where the platform allows it. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for syncing; its renames are durable once the call returns.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
