import type { WebContents } from 'electron';

/** Only web links leave the app, and only to the user's browser; file:, javascript: and the rest never do. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Keeps a window on the app's own page: navigations elsewhere and every window.open are refused,
 * web links are handed to the system browser instead.
 */
export function guardNavigation(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => Promise<void>,
): void {
  const sendOut = (url: string) => {
    if (isExternalLink(url)) openExternal(url).catch((error) => console.error('[navigation] openExternal failed', error));
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    sendOut(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
}
