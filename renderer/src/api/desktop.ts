import type { DesktopCallInput, DesktopCallName, DesktopCallOutput } from '../../../core/contract/desktop-calls';
import { ApiError } from './client';

// The desktop window's file dialogs and system viewer, reached through the preload's one `invoke` like the
// contract. Serve mode has none of these: there the browser's file field and downloads do the work.

export const isDesktop = Boolean(window.ledger);

export async function desktopCall<N extends DesktopCallName>(name: N, input: DesktopCallInput<N>): Promise<DesktopCallOutput<N>> {
  if (!window.ledger) throw new ApiError({ code: 'INTERNAL', message: '此功能仅在桌面版中可用' });
  const envelope = await window.ledger.invoke(name, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as DesktopCallOutput<N>;
}

/** 打开… with the system's dialog; the chosen files as File objects, as a file field would give them. */
export async function openFilesNatively(purpose: 'import' | 'evidence'): Promise<File[]> {
  const { files } = await desktopCall('@open-files', { purpose });
  return files.map((file) => new File([new Uint8Array(file.bytes)], file.name, { type: file.mime }));
}
