import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerApp, type LedgerApp } from '../../core/app';
import { MAX_EVIDENCE_BYTES } from '../../core/services/evidence-store';
import { MAX_JSON_BODY_BYTES } from '../../core/transport/body-limit';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { rawRequest, type Reply } from '../helpers/raw-http';
import { tempDir } from '../helpers/temp-ledger';

// Serve mode under bad input: malformed URLs, oversized bodies, hostile file names and types.

let app: LedgerApp;
let server: RunningServer;
const TOKEN = 'hardening-token';
let cookies = `ledger_token=${TOKEN}`;

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; chunks?: Buffer[] } = {}): Promise<Reply> {
  return rawRequest({ host: '127.0.0.1', port: server.port, path: pathname, ...options, headers: { cookie: cookies, ...options.headers } });
}

const api = (method: string, input: unknown) =>
  request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });

async function upload(bytes: Buffer): Promise<string> {
  const reply = await request('/upload', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
  return reply.json().data.sha256;
}

let itemId: number;

beforeAll(async () => {
  app = createLedgerApp(tempDir());
  server = await startHttpServer(app, { port: 0, staticDir: path.resolve(__dirname, '../fixtures/renderer'), token: TOKEN });
  const setup = await api('auth.setup', { username: 'admin', displayName: '管理员', password: 'long-enough-1' });
  cookies += `; ${setup.headers['set-cookie']![0].split(';')[0]}`;
  const plan = (await api('plans.create', { year: 2023, title: '2023年工作要点' })).json().data;
  itemId = (await api('items.create', { planId: plan.id, content: '开展主题团日活动', startMonth: 3, endMonth: 3 })).json().data.id;
});
afterAll(async () => {
  await server.close();
  app.close();
});

describe('malformed request paths', () => {
  it.each(['/api/%ZZ', '/%', '/files/%E0%A4%A', '/assets/%', '/api/items.get%00'])('%s → 400 in Chinese', async (target) => {
    const reply = await request(target, { method: target.startsWith('/api') ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(400);
    expect(reply.json().error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('请求地址无效') });
  });

  it('the server is still up afterwards', async () => {
    expect((await api('app.info', {})).status).toBe(200);
  });
});

describe('bodies over the limit are answered 413 with the message, not a reset connection', () => {
  it('a declared Content-Length over 10 MB', async () => {
    const reply = await api('items.create', { content: 'x'.repeat(MAX_JSON_BODY_BYTES + 10) });
    expect(reply.status).toBe(413);
    expect(reply.json().error).toMatchObject({ code: 'TOO_LARGE', message: '请求内容超过 10 MB，未保存。请减少内容后重试' });
  });

  it('a chunked body that grows past 10 MB', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const reply = await request('/api/items.create', { method: 'POST', headers: { 'content-type': 'application/json' }, chunks: Array(12).fill(chunk) });
    expect(reply.status).toBe(413);
    expect(reply.json().error.code).toBe('TOO_LARGE');
  });

  it('an upload over the evidence limit, declared or streamed', async () => {
    const big = Buffer.alloc(MAX_EVIDENCE_BYTES + 1);
    const declared = await request('/upload', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: big });
    expect(declared.status).toBe(413);
    expect(declared.json().error.message).toBe('文件超过 50 MB，未保存。请压缩后再上传');
    const streamed = await request('/upload', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, chunks: [big.subarray(0, 30e6), big.subarray(30e6)] });
    expect(streamed.status).toBe(413);
    expect((await api('app.info', {})).status).toBe(200);
  });
});

describe('evidence files are served safely', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a picture')]);

  async function evidence(bytes: Buffer, originalName: string, mime: string): Promise<number> {
    const sha256 = await upload(bytes);
    const reply = await api('evidence.add', { itemId, sha256, originalName, mime });
    expect(reply.status).toBe(200);
    return reply.json().data.id;
  }

  it('an image (by its bytes) inline, as the type its bytes say', async () => {
    const id = await evidence(png, '现场照片.jpg', 'image/jpeg');
    const reply = await request(`/files/${id}`);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['content-disposition']).toMatch(/^inline; /);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('anything else as a download with nosniff, whatever type it claims', async () => {
    // (A file sent as a photo that is not one is refused when added: evidence-file rules.)
    const id = await evidence(Buffer.from('<script>alert(1)</script>'), '说明.html', 'text/html');
    const reply = await request(`/files/${id}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toMatch(/^attachment; /);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a stored type with CR/LF or non-Latin-1 characters and a hostile name still serve (as octet-stream)', async () => {
    for (const mime of ['text/plain\r\nX-Evil: 1', '图片/png', 'image/png; name="x\ny"']) {
      const id = await evidence(Buffer.from(`content for ${mime}`), '总结"\r\n报告.docx', mime);
      const reply = await request(`/files/${id}`);
      expect(reply.status, mime).toBe(200);
      expect(reply.headers['content-type'], mime).toBe(mime.startsWith('image/png;') ? 'image/png' : 'application/octet-stream');
      expect(reply.headers['x-evil']).toBeUndefined();
      expect(reply.headers['content-disposition']).toBe(`attachment; filename="_____.docx"; filename*=UTF-8''${encodeURIComponent('总结"报告.docx')}`);
    }
  });
});

describe('settings', () => {
  it('free-text settings are bounded', async () => {
    const reply = await api('settings.update', { organization: '团'.repeat(1024 * 1024) });
    expect(reply.status).toBe(400);
    expect(reply.json().error.message).toContain('制表单位不超过100字');
    expect((await api('settings.update', { organization: '  计算机学院团委  ' })).json().data.organization).toBe('计算机学院团委');
  });
});
