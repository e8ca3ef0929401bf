import { desktopCall, isDesktop } from '../api/desktop';

// Exported files saved under the backend's Chinese name: a download in the browser, the system's
// 另存为… dialog in the desktop app (starting in the folder last saved to).

/** An exported file as the contract returns it. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes by then; a minute leaves the slowest save dialog time to start.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves an exported file; returns where (the path, or the download's name), or null when cancelled. */
export async function saveExportedFile(file: ExportedFile): Promise<string | null> {
  if (isDesktop) return (await desktopCall('@save-export', file)).path;
  download(file);
  return file.fileName;
}
