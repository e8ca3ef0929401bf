import JSZip from 'jszip';
import { AppError } from '../contract/app-error';
import { blobExists, readBlobVerified } from '../services/evidence-store';
import type { EvidenceEntry } from './forms/submission';

// The evidence zip: each file read back from the content store and checked against its SHA-256 before
// it is packed, so what goes upward is exactly what was uploaded. A missing or altered file is left out
// and named in the index and in the problems returned, rather than failing the whole submission.

export interface PackedEvidence {
  /** Per entry: 校验通过 / 文件缺失 / 校验不符. */
  checks: string[];
  problems: string[];
}

export function packEvidence(zip: JSZip, dataDir: string, entries: EvidenceEntry[]): PackedEvidence {
  const problems: string[] = [];
  const checks = entries.map((entry) => {
    try {
      // Photos and PDFs are compressed already: store them as they are.
      zip.file(entry.path, readBlobVerified(dataDir, entry.attachment.sha256), { compression: 'STORE' });
      return '校验通过';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const check = blobExists(dataDir, entry.attachment.sha256) ? '校验不符' : '文件缺失';
      problems.push(`${entry.path}：${check}，未打包`);
      return check;
    }
  });
  return { checks, problems };
}

export function zipBytes(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
