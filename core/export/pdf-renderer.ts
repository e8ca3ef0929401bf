import { chromiumPdfRenderer } from './chromium-pdf';

/**
 * Turns print HTML into PDF bytes. Page size, margins and page numbers come from the HTML's own @page
 * CSS, so every implementation prints the same pages: the desktop shell supplies Electron's printToPDF,
 * Node (serve mode, CLI, tests) uses a local Chromium.
 */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

let current: PdfRenderer | null = null;

/** Installs the renderer for this process (the Electron main process calls this at start-up). */
export function setPdfRenderer(renderer: PdfRenderer | null): void {
  current = renderer;
}

export function pdfRenderer(): PdfRenderer {
  return current ?? chromiumPdfRenderer;
}
