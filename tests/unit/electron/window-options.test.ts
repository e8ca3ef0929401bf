import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mainWindowOptions } from '../../../electron/window-options';

describe('main window options', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs');

  it('turns every renderer privilege off and uses the built preload', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('is titled in Chinese and hidden until ready to show', () => {
    expect(options.title).toBe('团委工作台账');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );

  it('allows only the app itself, with inline styles for antd', () => {
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob: ledger-file:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows inline or evaluated scripts', () => {
    expect(directives['script-src']).not.toMatch(/unsafe/);
  });
});
