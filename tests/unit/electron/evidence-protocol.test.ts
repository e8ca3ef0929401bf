import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evidenceUrl } from '../../../core/contract/desktop-calls';
import { blobPath, storeBlob } from '../../../core/services/evidence-store';
import { EVIDENCE_SCHEME_PRIVILEGES, evidenceProtocolHandler } from '../../../electron/evidence-protocol';
import { openTestLedger, type TestLedger } from '../../helpers/temp-ledger';

const PHOTO = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

let ledger: TestLedger;
let pageSession: string | null;
let photo: { id: number; sha256: string };
const fetchUrl = (url: string) => evidenceProtocolHandler(ledger.app, () => pageSession)(new Request(url));

beforeEach(async () => {
  ledger = openTestLedger();
  const { planId } = await ledger.ok('demo.load', {});
  const itemId = (await ledger.ok('items.search', { planId, limit: 1 })).rows[0].id;
  const { sha256 } = await storeBlob(ledger.dataDir, [PHOTO]);
  photo = await ledger.ok('evidence.add', { itemId, progressEntryId: null, sha256, originalName: '签到表.png', mime: 'image/png' });
  pageSession = ((await ledger.signIn('viewer')) as { session: string }).session;
});

afterEach(() => ledger.close());

describe('ledger-file:// evidence protocol', () => {
  it('is a standard, secure scheme the page may load images and fetch from', () => {
    expect(EVIDENCE_SCHEME_PRIVILEGES).toEqual({ scheme: 'ledger-file', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } });
  });

  it('shows a photo inline to any signed-in user, with serve mode\'s headers', async () => {
    const response = await fetchUrl(evidenceUrl(photo.id));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PHOTO)).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="___.png"; filename*=UTF-8''${encodeURIComponent('签到表.png')}`);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends it as a download when asked', async () => {
    expect((await fetchUrl(`${evidenceUrl(photo.id)}?download`)).headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('refuses a page that has not signed in, an unknown file and a file changed on disk', async () => {
    pageSession = null;
    expect(await (await fetchUrl(evidenceUrl(photo.id))).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    pageSession = ((await ledger.signIn('clerk')) as { session: string }).session;
    expect((await fetchUrl(evidenceUrl(9999))).status).toBe(404);
    expect((await fetchUrl('ledger-file://other/1')).status).toBe(404);
    expect((await fetchUrl('ledger-file://evidence/abc')).status).toBe(404);
    fs.writeFileSync(blobPath(ledger.dataDir, photo.sha256), 'changed');
    const changed = await fetchUrl(evidenceUrl(photo.id));
    expect(changed.status).toBe(409);
    expect(await changed.json()).toMatchObject({ error: { code: 'INTEGRITY' } });
  });
});
