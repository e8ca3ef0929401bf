import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, isExternalLink } from '../../../electron/navigation';

const APP = 'file:///app/dist/renderer/index.html';

function guarded() {
  const listeners = new Map<string, (event: { url: string; preventDefault: () => void }) => void>();
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
  const contents = {
    on: vi.fn((name: string, listener: (event: { url: string; preventDefault: () => void }) => void) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
  };
  const openExternal = vi.fn(async (_url: string) => undefined);
  guardNavigation(contents as never, (url) => url.startsWith(APP), openExternal);
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(event);
    return event.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
  };
  return { navigate, open: (url: string) => openHandler({ url }), openExternal };
}

describe('navigation guard', () => {
  it('lets the window stay on the app page (hash routes included)', () => {
    const { navigate, openExternal } = guarded();
    expect(navigate(`${APP}#/month/7`)).toBe('allowed');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation away, sending only web links to the browser', () => {
    const { navigate, openExternal } = guarded();
    expect(navigate('https://www.gqt.org.cn/')).toBe('blocked');
    expect(navigate('file:///etc/passwd')).toBe('blocked');
    expect(navigate('javascript:alert(1)')).toBe('blocked');
    expect(openExternal.mock.calls).toEqual([['https://www.gqt.org.cn/']]);
  });

  it('denies every window.open, opening only http(s) externally', () => {
    const { open, openExternal } = guarded();
    for (const url of ['http://example.com/a', 'https://example.com/b', 'file:///C:/Windows/notepad.exe', 'smb://server/share', APP]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['http://example.com/a'], ['https://example.com/b']]);
  });
});

describe('isExternalLink', () => {
  it('accepts only http and https', () => {
    expect(isExternalLink('https://example.com')).toBe(true);
    expect(isExternalLink('HTTP://EXAMPLE.COM')).toBe(true);
    for (const url of ['mailto:a@b.c', 'file:///x', 'ms-settings:', 'not a url', '']) expect(isExternalLink(url)).toBe(false);
  });
});
