import { describe, expect, it, vi } from 'vitest';
import { applySessionPolicy } from '../../../electron/session-policy';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window-options';

type HeadersListener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: object) => void) => void;
type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

function applied() {
  let onHeaders: HeadersListener = () => undefined;
  let onPermission: PermissionHandler = () => undefined;
  applySessionPolicy({
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (onHeaders = listener) },
    setPermissionRequestHandler: (handler: PermissionHandler) => (onPermission = handler),
  } as never);
  const headersFor = (url: string, responseHeaders?: Record<string, string[]>) => {
    const callback = vi.fn();
    onHeaders({ url, responseHeaders }, callback);
    return callback.mock.calls[0][0];
  };
  const granted = (permission: string) => {
    const callback = vi.fn();
    onPermission({}, permission, callback);
    return callback.mock.calls[0][0];
  };
  return { headersFor, granted };
}

describe('session policy', () => {
  it('adds the CSP header to the app files, keeping their other headers', () => {
    const { headersFor } = applied();
    expect(headersFor('file:///app/dist/renderer/index.html', { 'Content-Type': ['text/html'] })).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('leaves other responses alone', () => {
    expect(applied().headersFor('devtools://devtools/bundled/index.html')).toEqual({});
  });

  it('refuses device permissions but allows writing to the clipboard', () => {
    const { granted } = applied();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) expect(granted(permission)).toBe(false);
    expect(granted('clipboard-sanitized-write')).toBe(true);
  });
});
