// Printing a form from its print HTML (exports.preview): the page's own print CSS (A4, margins, repeated
// table header, page numbers) goes to the print dialog of the browser or of the desktop app unchanged.

/**
 * Prints the HTML in a hidden frame. The frame runs no scripts (sandbox without allow-scripts); it is
 * same-origin only so that this page can call its print(), and allowed modals so the dialog may open.
 */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  const remove = () => frame.remove();
  frame.addEventListener(
    'load',
    () => {
      const view = frame.contentWindow;
      if (!view) return remove();
      view.addEventListener('afterprint', remove, { once: true });
      view.focus();
      view.print();
      // Some print dialogs never send afterprint; the frame is only a few KB, but do not keep it forever.
      window.setTimeout(remove, 10 * 60_000);
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}
