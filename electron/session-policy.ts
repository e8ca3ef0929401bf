import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './window-options';

/** Permissions the page may use: writing to the clipboard (antd's copy buttons), nothing else. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * Adds the CSP header to the app's file:// responses and refuses device permissions
 * (camera, location, notifications...) that an office ledger never needs.
 */
export function applySessionPolicy(session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
}
