import { z } from 'zod';
import { id } from './common';
import { exportFile } from './export-methods';

// The desktop window's own calls beside the contract, on the same IPC channel under reserved names (like
// UPLOAD_METHOD): they open the system's file dialogs and viewer, which serve mode leaves to the browser.
// The main process zod-parses their input like the dispatch does.

export const desktopCalls = {
  /** 另存为… an exported file; the dialog starts in the folder last saved to. */
  '@save-export': { input: exportFile, output: z.object({ path: z.string().nullable() }) },
  /** 打开… files for the importer (one document) or as evidence (several); their bytes come back. */
  '@open-files': {
    input: z.object({ purpose: z.enum(['import', 'evidence']) }),
    output: z.object({ files: z.array(z.object({ name: z.string(), mime: z.string(), bytes: z.instanceof(Uint8Array) })) }),
  },
  /** Opens a piece of evidence in the system's viewer (a temporary copy, never the stored file). */
  '@open-evidence': { input: z.object({ id }), output: z.object({ ok: z.literal(true) }) },
  /** 另存为… a piece of evidence under its original name. */
  '@save-evidence': { input: z.object({ id }), output: z.object({ path: z.string().nullable() }) },
};

export type DesktopCallName = keyof typeof desktopCalls;
export type DesktopCallInput<N extends DesktopCallName> = z.input<(typeof desktopCalls)[N]['input']>;
export type DesktopCallOutput<N extends DesktopCallName> = z.infer<(typeof desktopCalls)[N]['output']>;

export function isDesktopCall(name: string): name is DesktopCallName {
  return Object.prototype.hasOwnProperty.call(desktopCalls, name);
}

/** The scheme the desktop window reads evidence through: ledger-file://evidence/<attachmentId>. */
export const EVIDENCE_SCHEME = 'ledger-file';

export function evidenceUrl(attachmentId: number): string {
  return `${EVIDENCE_SCHEME}://evidence/${attachmentId}`;
}
