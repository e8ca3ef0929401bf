import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/client';
import { evidenceInUse } from '../../db/queries/supervision';
import { attachmentsDir, UPLOAD_TEMP_PREFIX } from './evidence-store';

// Files in the evidence store that nothing refers to: uploads never attached (a closed page, an import
// preview), evidence removed more than a day ago, temp files of interrupted uploads. Each goes once it is
// a day old, so an upload in progress or just finished is never taken.

export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;
const STORED_NAME = /^[0-9a-f]{64}$/;

/** Removes the orphans; returns how many files went. Synchronous, so no restore or upload interleaves. */
export function sweepOrphanEvidence(db: Db, dataDir: string, now: Date): number {
  const root = attachmentsDir(dataDir);
  if (!fs.existsSync(root)) return 0;
  const cutoff = now.getTime() - ORPHAN_AGE_MS;
  const inUse = new Set(evidenceInUse(db, new Date(cutoff).toISOString()));
  let removed = 0;
  const removeIfOld = (file: string) => {
    if (fs.statSync(file).mtimeMs < cutoff) {
      fs.rmSync(file, { force: true });
      removed++;
    }
  };
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isFile() && entry.name.startsWith(UPLOAD_TEMP_PREFIX)) removeIfOld(full);
    if (!entry.isDirectory()) continue;
    for (const name of fs.readdirSync(full)) if (STORED_NAME.test(name) && !inUse.has(name)) removeIfOld(path.join(full, name));
  }
  return removed;
}
