import { damagedFile, type ArchiveEntry } from './archive-io';
import { DATABASE_ENTRY, evidenceEntryName, MANIFEST_ENTRY, type BackupManifest } from './manifest';

/**
 * Checks the entries found in an archive against its manifest: exactly the database, the listed evidence
 * and the manifest, each with the size and SHA-256 the manifest gives. Any difference means the file was
 * damaged or altered after it was written.
 */
export function checkAgainstManifest(entries: ArchiveEntry[], manifest: BackupManifest): void {
  const expected = new Map<string, { size: number; sha256: string } | null>([
    [DATABASE_ENTRY, manifest.database],
    ...manifest.evidence.map((e) => [evidenceEntryName(e.name), { size: e.size, sha256: e.sha256 }] as const),
    [MANIFEST_ENTRY, null],
  ]);
  if (entries.length !== expected.size) throw damagedFile();
  for (const entry of entries) {
    if (!expected.has(entry.name)) throw damagedFile();
    const want = expected.get(entry.name);
    if (want && (want.size !== entry.size || want.sha256 !== entry.sha256)) throw damagedFile();
    expected.delete(entry.name);
  }
}
