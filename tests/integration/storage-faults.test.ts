import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toAppError } from '../../core/dispatch';
import { storeBlob, type BlobFs } from '../../core/services/evidence-store';
import { openTestLedger, tempDir, type TestLedger } from '../helpers/temp-ledger';

// A full disk: nothing half-written, temp files removed, the message in Chinese, the app still working.

const DISK_FULL = /^磁盘空间不足，未保存/;

/** Node's own file system, except that writes fail with ENOSPC once `room` bytes are written. */
function diskWithRoom(room: number): BlobFs {
  let written = 0;
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const write = (fd: number, buffer: Buffer, offset: number, length: number, position: number | null, callback: (error: Error | null, bytes?: number) => void) => {
    written += length;
    if (written > room) callback(full());
    else fs.write(fd, buffer, offset, length, position, callback);
  };
  return {
    createWriteStream: (file) => fs.createWriteStream(file, { flags: 'wx', fs: { open: fs.open, close: fs.close, write } } as never),
    rename: (from, to) => fs.promises.rename(from, to),
  };
}

async function* chunks(count: number, size = 64 * 1024) {
  for (let k = 0; k < count; k++) yield Buffer.alloc(size, k);
}

let ledger: TestLedger | undefined;
afterEach(() => ledger?.close());

describe('evidence store on a full disk', () => {
  it('refuses in Chinese, keeps no partial or temp file, and stores normally once there is room', async () => {
    const dataDir = tempDir();
    await expect(storeBlob(dataDir, chunks(16), undefined, diskWithRoom(200 * 1024))).rejects.toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(DISK_FULL) });
    const left = fs.readdirSync(path.join(dataDir, 'attachments'), { recursive: true });
    expect(left).toEqual([]);
    const stored = await storeBlob(dataDir, chunks(16));
    expect(stored.size).toBe(16 * 64 * 1024);
    expect(fs.readdirSync(path.join(dataDir, 'attachments'), { recursive: true }).map(String).filter((f) => f.includes('.upload-'))).toEqual([]);
  });

  it('a source that breaks mid-way leaves nothing behind either', async () => {
    const dataDir = tempDir();
    async function* broken() {
      yield Buffer.alloc(1024);
      throw Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    }
    await expect(storeBlob(dataDir, broken())).rejects.toThrow('aborted');
    expect(fs.readdirSync(path.join(dataDir, 'attachments'), { recursive: true })).toEqual([]);
  });
});

describe('database writes on a full disk', () => {
  it('answer 磁盘空间不足 in Chinese, change nothing, and the ledger works again once there is room', async () => {
    ledger = openTestLedger({ clock: () => new Date('2023-06-15T02:00:00Z') });
    const plan = await ledger.ok('plans.create', { year: 2023, title: '2023年工作要点' });
    const sqlite = ledger.app.store.sqlite;
    // SQLite's own limit on the file's size: past it, writes fail exactly as on a full disk (SQLITE_FULL).
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages + 2}`);
    const before = (await ledger.ok('plans.get', { id: plan.id })).itemCount;
    let reply;
    let saved = 0;
    for (let k = 0; k < 50; k++) {
      reply = await ledger.raw('items.create', { planId: plan.id, content: `${k}`.padEnd(3900, '团'), startMonth: 3, endMonth: 3 });
      if (!reply.ok) break;
      saved++;
    }
    expect(reply).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(DISK_FULL) } });
    const after = (await ledger.ok('plans.get', { id: plan.id })).itemCount;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await ledger.ok('audit.verify', {})).intact).toBe(true);
    // Every item that was acknowledged is there, and nothing of the refused one.
    expect(after).toBe(before + saved);
    sqlite.pragma('max_page_count = 1073741823');
    expect((await ledger.raw('items.create', { planId: plan.id, content: '磁盘清理后再次保存', startMonth: 3, endMonth: 3 })).ok).toBe(true);
  });
});

describe('errors from below never reach the user in English', () => {
  it.each([
    ['SQLITE_FULL', 'DISK_FULL'],
    ['SQLITE_IOERR_WRITE', 'INTERNAL'],
    ['SQLITE_CORRUPT', 'INTEGRITY'],
    ['SQLITE_READONLY_DBMOVED', 'INTERNAL'],
    ['SQLITE_ERROR', 'INTERNAL'],
    ['ENOSPC', 'DISK_FULL'],
    ['EACCES', 'INTERNAL'],
  ])('%s → %s', (code, expected) => {
    const shape = toAppError(Object.assign(new Error('disk I/O error: something in English'), { code }));
    expect(shape.code).toBe(expected);
    expect(shape.message).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('an unexpected error', () => {
    const shape = toAppError(new TypeError('The database connection is not open'));
    expect(shape).toMatchObject({ code: 'INTERNAL' });
    expect(shape.message).not.toMatch(/[A-Za-z]{3,}/);
  });
});
