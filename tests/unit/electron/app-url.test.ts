import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrlCheck } from '../../../electron/app-url';

describe('appUrlCheck', () => {
  const indexHtml = '/opt/团委工作台账/resources/app.asar/dist/renderer/index.html';
  const isAppUrl = appUrlCheck(indexHtml, 'linux');
  const own = pathToFileURL(indexHtml).href;

  it('trusts the app page, with any hash route or query', () => {
    expect(isAppUrl(own)).toBe(true);
    expect(isAppUrl(`${own}#/items/12`)).toBe(true);
    expect(isAppUrl(`${own}?month=7`)).toBe(true);
  });

  it('trusts the page however its Chinese folder name is encoded', () => {
    expect(isAppUrl('file:///opt/团委工作台账/resources/app.asar/dist/renderer/index.html')).toBe(true);
  });

  it('refuses other files, other schemes, remote file hosts and garbage', () => {
    expect(isAppUrl(pathToFileURL('/opt/团委工作台账/resources/app.asar/dist/renderer/other.html').href)).toBe(false);
    expect(isAppUrl(pathToFileURL('/tmp/index.html').href)).toBe(false);
    expect(isAppUrl('file://evil-host/opt/团委工作台账/resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('compares Windows paths without regard to letter case', () => {
    const onWindows = appUrlCheck('/Users/Office/App/index.html', 'win32');
    expect(onWindows('file:///users/office/app/INDEX.html')).toBe(true);
    expect(appUrlCheck('/Users/Office/App/index.html', 'linux')('file:///users/office/app/INDEX.html')).toBe(false);
  });
});
