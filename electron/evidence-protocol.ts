import type { CustomScheme } from 'electron';
import type { LedgerApp } from '../core/app';
import type { Envelope } from '../core/contract/app-error';
import { EVIDENCE_SCHEME } from '../core/contract/desktop-calls';
import { toAppError } from '../core/dispatch';
import { readEvidenceFile } from '../core/transport/http-evidence';
import { HTTP_STATUS } from '../core/transport/http-status';

/**
 * ledger-file:// is a standard, secure scheme (so <img> and fetch may load it under the page's CSP);
 * registered before the app is ready, as Electron requires.
 */
export const EVIDENCE_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: EVIDENCE_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

function refusal(shape: Envelope<never> & { ok: false }): Response {
  return new Response(JSON.stringify(shape), {
    status: HTTP_STATUS[shape.error.code],
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * Answers ledger-file://evidence/<attachmentId>[?download] for the window's page with serve mode's
 * GET /files/<id> checks: a signed-in session (the page's own, kept in the main process), the file's hash
 * verified on read, images inline and downloads as attachments, nothing ever run. The scheme exists only
 * in the default session, which shows nothing but the app's page (the PDF window has its own).
 */
export function evidenceProtocolHandler(app: LedgerApp, pageSession: () => string | null): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const id = Number(url.pathname.slice(1));
    if (url.host !== 'evidence' || !Number.isInteger(id) || id <= 0) return refusal({ ok: false, error: { code: 'NOT_FOUND', message: '文件不存在' } });
    try {
      const { headers, body } = await readEvidenceFile(app, pageSession(), id, url.searchParams.has('download'));
      return new Response(new Uint8Array(body), { status: 200, headers });
    } catch (error) {
      return refusal({ ok: false, error: toAppError(error) });
    }
  };
}
