import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createLedgerApp } from '../../core/app';
import { CLI_ACTOR } from '../../core/context';
import { storeBlob } from '../../core/services/evidence-store';
import { startHttpServer } from '../../core/transport/http-server';

// A real full disk: the data folder on a small tmpfs, filled to the last byte. Needs root (mount); where
// that is not allowed the injected-fault tests of npm test (storage-faults.test.ts) stand in.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function fill(folder: string): string {
  const filler = path.join(folder, 'filler');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

function listAll(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true }).map(String);
}

export async function runDiskFullTrials(): Promise<void> {
  const mount = fs.mkdtempSync('/tmp/ledger-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    console.log('disk full: no tmpfs here (mount refused); the injected ENOSPC tests of npm test cover it');
    fs.rmSync(mount, { recursive: true, force: true });
    return;
  }
  const results: [string, boolean, string][] = [];
  const check = (what: string, ok: boolean, detail = '') => results.push([what, ok, detail]);
  const dataDir = path.join(mount, 'data');
  const app = createLedgerApp(dataDir, { automaticBackups: false });
  const server = await startHttpServer(app, { port: 0, staticDir: path.join(root, 'tests/fixtures/renderer'), token: 'tmpfs' });
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    let cookie = 'ledger_token=tmpfs';
    const post = async (route: string, body: BodyInit, type = 'application/json') => {
      const reply = await fetch(`${origin}${route}`, { method: 'POST', headers: { 'content-type': type, cookie }, body });
      const setCookie = reply.headers.get('set-cookie');
      if (setCookie) cookie += `; ${setCookie.split(';')[0]}`;
      return { status: reply.status, body: (await reply.json()) as { ok: boolean; error?: { code: string; message: string }; data?: any } };
    };
    await post('/api/auth.setup', JSON.stringify({ username: 'admin', displayName: '管理员', password: 'long-enough-1' }));
    const { planId } = (await post('/api/demo.load', '{}')).body.data;
    const itemsBefore = (await app.call('plans.get', { id: planId }, CLI_ACTOR)) as any;
    const filler = fill(mount);

    const upload = await post('/upload', Buffer.alloc(1024 * 1024, 7), 'application/octet-stream');
    check('upload on a full disk → 507 磁盘空间不足', upload.status === 507 && /^磁盘空间不足，未保存/.test(upload.body.error?.message ?? ''), `${upload.status} ${upload.body.error?.message}`);
    check('no temp file of the upload left', !listAll(path.join(dataDir, 'attachments')).some((f) => f.includes('.upload-')));
    await storeBlob(dataDir, Readable.from([Buffer.alloc(512 * 1024)])).then(
      () => check('evidence store refuses', false),
      (error) => check('evidence store refuses in Chinese', error.code === 'DISK_FULL', error.message),
    );

    let write = await post('/api/items.create', JSON.stringify({ planId, content: '磁盘已满时新增'.padEnd(3000, '团'), startMonth: 3, endMonth: 3 }));
    for (let k = 0; k < 50 && write.body.ok; k++) write = await post('/api/items.create', JSON.stringify({ planId, content: `磁盘已满时新增${k}`.padEnd(3000, '团'), startMonth: 3, endMonth: 3 }));
    check('a database write on a full disk → 507 磁盘空间不足', write.status === 507 && /^磁盘空间不足，未保存/.test(write.body.error?.message ?? ''), `${write.status} ${write.body.error?.message}`);

    const backup = await post('/api/backups.create', '{}');
    check('a backup on a full disk → 磁盘空间不足', !backup.body.ok && /磁盘空间不足/.test(backup.body.error?.message ?? ''), backup.body.error?.message);
    check('no partial backup or scratch left', !fs.existsSync(path.join(dataDir, 'backups')) || fs.readdirSync(path.join(dataDir, 'backups')).length === 0, String(fs.existsSync(path.join(dataDir, 'backups')) && fs.readdirSync(path.join(dataDir, 'backups'))));

    const alive = await post('/api/app.info', '{}');
    check('the server still answers', alive.status === 200);
    check('integrity after the full disk', app.store.sqlite.pragma('integrity_check', { simple: true }) === 'ok');

    fs.rmSync(filler);
    const after = await post('/api/items.create', JSON.stringify({ planId, content: '清理磁盘后新增', startMonth: 3, endMonth: 3 }));
    check('writes again once there is room', after.body.ok);
    const itemsAfter = (await app.call('plans.get', { id: planId }, CLI_ACTOR)) as any;
    check('nothing half-written: one item more than before the disk filled', itemsAfter.ok && itemsAfter.data.itemCount === itemsBefore.data.itemCount + 1, `${itemsBefore.data.itemCount} → ${itemsAfter.data?.itemCount}`);
    check('a backup works again', (await post('/api/backups.create', '{}')).body.ok);
    check('audit chain intact', ((await app.call('audit.verify', {}, CLI_ACTOR)) as any).data.intact);
  } finally {
    await server.close();
    app.close();
    execFileSync('umount', [mount]);
    fs.rmSync(mount, { recursive: true, force: true });
  }
  for (const [what, ok, detail] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `  (${detail})` : ''}`);
  console.log(`disk full on a ${'12 MB'} tmpfs: ${results.filter((r) => r[1]).length}/${results.length} checks passed`);
}
