import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_SCHEME, evidenceUrl } from '../../core/contract/desktop-calls';
import { UPLOAD_METHOD } from '../../core/contract/uploads';
import { seed003Docx, seed003Xlsx } from '../unit/import/built-files';
import { packageApp, type PackagedApp } from '../packaged/package-app';
import { launchPackagedMain, type DialogAnswers, type PackagedMain } from '../packaged/packaged-main';

// The desktop app as users install it: app.asar built by electron-builder from the project's own config,
// checked for what it holds, and its main.js run under plain Node with a stand-in `electron` module. Every
// call goes through the IPC handler main.js registered, so a module left out of the bundle (a
// `Cannot find module` at start or on first use) or a failing call fails here instead of on a user's PC.

const CHANNEL = 'ledger:invoke';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

type Envelope = { ok: true; data: any } | { ok: false; error: { code: string; message: string } };

let workDir: string;
let packaged: PackagedApp;
let main: PackagedMain;
let home: string;

/** Calls one contract method through the packaged IPC handler and returns its data; a failure fails the test. */
async function call(method: string, input: unknown = {}): Promise<any> {
  const envelope = (await main.invoke(CHANNEL, [method, input])) as Envelope;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}\n${main.output()}`);
  return envelope.data;
}

/** A desktop-only call (file dialogs, viewer) through the same handler, with the dialogs' answers. */
async function desktop(name: string, input: unknown, answers: DialogAnswers = {}): Promise<any> {
  const envelope = (await main.invoke(CHANNEL, [name, input], answers)) as Envelope;
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}\n${main.output()}`);
  return envelope.data;
}

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const isZip = (bytes: Buffer) => bytes.subarray(0, 2).toString() === 'PK';

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-packaged-'));
  packaged = packageApp(workDir);
}, 300_000);

afterAll(() => {
  main?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('packaged desktop app: app.asar', () => {
  it('ships the bundles, the migrations and better-sqlite3\'s loader in app.asar, and no development packages', () => {
    const files = new Set(packaged.asarFiles);
    for (const file of ['package.json', 'dist/electron/main.js', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'db/migrations/meta/_journal.json', 'node_modules/better-sqlite3/lib/index.js', 'node_modules/better-sqlite3/package.json'])
      expect(files, file).toContain(file);
    expect(packaged.asarFiles.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(packaged.asarFiles.filter((f) => f.startsWith('db/migrations/') && f.endsWith('.sql')).length).toBeGreaterThan(0);
    const packages = new Set(packaged.asarFiles.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...packages]).toEqual(['better-sqlite3']);
    expect(packaged.asarFiles.filter((f) => f.endsWith('.map') || f.endsWith('.node'))).toEqual([]);
    expect(fs.existsSync(path.join(packaged.resourcesDir, 'native', 'better_sqlite3.node'))).toBe(true);
  });

});

// Each call is quick, but the export run makes every form once: generous on a busy 2-core CI machine.
describe('packaged desktop app: main.js under a stand-in Electron', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    home = path.join(workDir, 'home');
    fs.mkdirSync(home);
    main = await launchPackagedMain({ appDir: packaged.appDir, resourcesDir: packaged.resourcesDir, dataDir: path.join(workDir, 'data'), home });
  }, 60_000);

  it('starts, opens its page and serves the first run, the sample plan and every export through the IPC handler', async () => {
    expect(main.page).toBe(path.join(packaged.appDir, 'dist', 'renderer', 'index.html'));
    expect(await call('app.info')).toMatchObject({ firstRun: true, version: expect.any(String) });
    await call('auth.setup', { username: 'admin', displayName: '管理员', password: 'packaged-pass-1' });
    expect(await call('auth.status')).toMatchObject({ user: { role: 'admin' } });
    const { planId, year } = await call('demo.load');
    expect(year).toBe(2023);
    // Signing in again, as on the next start, brings the reminder (checked at the end).
    await call('auth.logout');
    await call('auth.login', { username: 'admin', password: 'packaged-pass-1' });

    for (const method of ['plans.list', 'persons.list', 'settings.get', 'users.list', 'audit.verify']) await call(method);
    await call('plans.get', { id: planId });
    const board = await call('items.board', { planId });
    expect(board.columns.length).toBeGreaterThan(0);
    await call('items.month', { planId, month: 3 });
    const search = await call('items.search', { planId, limit: 5 });
    const itemId = search.rows[0].id;
    await call('items.get', { id: itemId });
    await call('items.supervision', { id: itemId });
    await call('dashboard.get', { planId });
    await call('inspections.list', { planId });
    await call('audit.list', { entity: 'item', entityId: itemId });
    const [person] = await call('persons.list');
    const personItems = (await call('persons.items', { personId: person.id, planId })).groups.flatMap((g: { items: unknown[] }) => g.items);
    const led = personItems.find((i: { owners: { personId: number; role: string }[] }) => i.owners.some((o) => o.personId === person.id && o.role === 'lead'));

    const files = [
      await call('exports.ledger', { planId }),
      await call('exports.month', { planId, month: 3, format: 'xlsx' }),
      await call('exports.notices', { target: { scope: 'item', itemId: led.id } }),
      await call('exports.notices', { target: { scope: 'owner', planId, personId: person.id }, kind: 'urge' }),
      await call('exports.report', { planId, fromMonth: 3, toMonth: 5 }),
      await call('exports.submission', { planId, period: 'h1', format: 'docx' }),
      await call('exports.submission', { planId, period: 'year', format: 'zip' }),
    ];
    for (const file of files) expect(isZip(bytesOf(file)), file.fileName).toBe(true);
    const csv = await call('exports.csv', { planId });
    expect(bytesOf(csv).toString('utf8')).toContain('序号');

    // PDFs come from Electron's printToPDF (here the stand-in's), never from a Chromium of the machine.
    for (const pdf of [await call('exports.month', { planId, month: 3, format: 'pdf' }), await call('exports.report', { planId, fromMonth: 3, format: 'pdf' })]) {
      const text = bytesOf(pdf).toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      expect(text).toContain('stand-in printToPDF');
    }
    // 已发文件: the issued 通报 and 督办通知单 exported again with their numbers, as Word and PDF.
    const issued = await call('documents.list', {});
    expect(issued.length).toBeGreaterThanOrEqual(3);
    for (const format of ['docx', 'pdf']) {
      const again = bytesOf(await call('documents.export', { id: issued[0].id, format }));
      expect(format === 'pdf' ? again.toString('latin1').startsWith('%PDF-') : isZip(again)).toBe(true);
    }
    for (const input of [{ form: 'ledger', planId }, { form: 'month', planId, month: 3 }, { form: 'report', planId, fromMonth: 3 }, { form: 'notices', notice: { target: { scope: 'overdue', planId } } }])
      expect((await call('exports.preview', input)).html).toContain('<html');
  });

  it('takes files over IPC: Word and Excel plans opened with the 打开 dialog go through the importer', async () => {
    for (const [bytes, fileName] of [[await seed003Docx(), '工作纲要.docx'], [await seed003Xlsx(), '工作纲要.xlsx']] as const) {
      const file = path.join(home, fileName);
      fs.writeFileSync(file, bytes);
      const opened = await desktop('@open-files', { purpose: 'import' }, { open: [file] });
      expect(opened.files.map((f: { name: string }) => f.name)).toEqual([fileName]);
      const { sha256 } = await call(UPLOAD_METHOD, opened.files[0].bytes);
      const preview = await call('imports.preview', { year: 2024, source: { kind: 'file', sha256, fileName } });
      expect(preview.draft.items.length, fileName).toBeGreaterThan(40);
      if (fileName.endsWith('.xlsx')) expect(await call('imports.commit', { draft: preview.draft })).toMatchObject({ year: 2024 });
    }
  });

  it('saves exports with the 另存为 dialog, remembering the folder', async () => {
    const [plan] = (await call('plans.list')).filter((p: { year: number }) => p.year === 2023);
    const ledgerFile = await call('exports.ledger', { planId: plan.id });
    const target = path.join(home, '导出', ledgerFile.fileName);
    fs.mkdirSync(path.dirname(target));
    expect(await desktop('@save-export', ledgerFile, { save: target })).toEqual({ path: target });
    expect(fs.readFileSync(target).equals(bytesOf(ledgerFile))).toBe(true);
    await desktop('@save-export', await call('exports.csv', { planId: plan.id }), { save: null });
    const dialogs = (await main.record()).record.saveDialogs as { defaultPath: string }[];
    expect(path.dirname(dialogs.at(-1)!.defaultPath)).toBe(path.dirname(target));
  });

  it('shares the ledger on the LAN from its main process when 设置 turns it on', async () => {
    expect(await call('lan.status')).toMatchObject({ enabled: false, running: false, available: true });
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.2', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const on = await call('lan.configure', { enabled: true, host: '127.0.0.2', port });
    expect(on).toMatchObject({ running: true, error: null });
    const page = await fetch(`http://127.0.0.2:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
    const api = await fetch(`http://127.0.0.2:${port}/api/plans.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(await call('lan.configure', { enabled: false, host: '127.0.0.2', port })).toMatchObject({ running: false });
  });

  it('keeps evidence and shows it back through ledger-file://, opens it in the viewer and saves it', async () => {
    const [plan2023] = (await call('plans.list')).filter((p: { year: number }) => p.year === 2023);
    const itemId = (await call('items.search', { planId: plan2023.id, limit: 1 })).rows[0].id;
    const photoFile = path.join(home, '活动照片.png');
    fs.writeFileSync(photoFile, PNG);
    const [picked] = (await desktop('@open-files', { purpose: 'evidence' }, { open: [photoFile] })).files;
    expect(picked).toMatchObject({ name: '活动照片.png', mime: 'image/png' });
    const photo = await call(UPLOAD_METHOD, picked.bytes);
    const added = await call('evidence.add', { itemId, progressEntryId: null, sha256: photo.sha256, originalName: picked.name, mime: picked.mime });
    const view = await call('items.supervision', { id: itemId });
    expect(view.evidence.map((a: { id: number }) => a.id)).toContain(added.id);

    const { privileged } = await main.record();
    expect(privileged.map((s) => s.scheme)).toEqual([EVIDENCE_SCHEME]);
    const shown = await main.fetch(evidenceUrl(added.id));
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(Buffer.from(shown.body).equals(PNG)).toBe(true);

    await desktop('@open-evidence', { id: added.id });
    const opened = ((await main.record()).record.openedPaths as string[]).at(-1)!;
    expect(path.basename(opened)).toBe('活动照片.png');
    expect(fs.readFileSync(opened).equals(PNG)).toBe(true);
    const saved = path.join(home, '照片副本.png');
    await desktop('@save-evidence', { id: added.id }, { save: saved });
    expect(fs.readFileSync(saved).equals(PNG)).toBe(true);

    await call('evidence.remove', { id: added.id });
    await call('auth.logout');
    expect(await main.invoke(CHANNEL, ['plans.list', {}])).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await main.fetch(evidenceUrl(added.id))).status).toBe(401);
  });

  it('told the signed-in user of the 逾期 items in a notification, once', async () => {
    const { notifications } = (await main.record()).record as { notifications: { body: string }[] };
    expect(notifications).toHaveLength(1);
    expect(notifications[0].body).toMatch(/逾期 \d+ 项/);
  });
});
