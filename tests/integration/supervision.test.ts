import { Readable } from 'node:stream';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../core/app';
import { blobPath, readBlobVerified, storeBlob } from '../../core/services/evidence-store';
import { sweepOrphanEvidence } from '../../core/services/evidence-sweep';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

let ledger: TestLedger;
let planId: number;
let clerk: Caller;
let adviser: Caller;
let viewer: Caller;
let now = new Date('2023-03-12T06:00:00Z');

beforeEach(async () => {
  now = new Date('2023-03-12T06:00:00Z');
  ledger = openTestLedger({ clock: () => now });
  planId = (await ledger.ok('demo.load', {})).planId;
  clerk = await ledger.signIn('clerk', '陈雯');
  adviser = await ledger.signIn('adviser', '王老师');
  viewer = await ledger.signIn('viewer', '访客');
});
afterEach(() => ledger.close());

async function itemOfSeq(seq: number) {
  const page = await ledger.ok('items.search', { planId, limit: 500 });
  return page.rows.find((r) => r.seq === seq && !r.yearRound && !r.isKey)!;
}

async function upload(content: string | Buffer) {
  return storeBlob(ledger.dataDir, Readable.from([Buffer.isBuffer(content) ? content : Buffer.from(content)]));
}

/** The start of a JPEG: enough for the bytes to say "photo". */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

async function errorOf(method: string, input: unknown, caller: Caller) {
  const e = await ledger.raw(method, input, caller);
  if (e.ok) throw new Error(`${method} unexpectedly succeeded`);
  return e.error;
}

describe('supervision flow', () => {
  it('clerk records progress with evidence and submits; adviser verifies (销号); history reads in plain Chinese', async () => {
    const item = await itemOfSeq(6);
    const entry = await ledger.ok('progress.add', { itemId: item.id, date: '2023-03-12', text: '已开展主题团日活动', percent: 60, actuals: [] }, clerk);
    const blob = await upload(JPEG);
    await ledger.ok('evidence.add', { itemId: item.id, progressEntryId: entry.id, sha256: blob.sha256, originalName: '活动照片.jpg', mime: 'image/jpeg' }, clerk);
    const submitted = await ledger.ok('items.transition', { id: item.id, action: 'submit' }, clerk);
    expect(submitted.status).toBe('pending_review');

    expect((await errorOf('items.transition', { id: item.id, action: 'verify' }, clerk)).code).toBe('FORBIDDEN');
    const verified = await ledger.ok('items.transition', { id: item.id, action: 'verify', reason: '材料齐全' }, adviser);
    expect(verified.status).toBe('done');

    const view = await ledger.ok('items.supervision', { id: item.id }, viewer);
    expect(view.progress[0]).toMatchObject({ text: '已开展主题团日活动', percent: 60, author: '陈雯' });
    expect(view.progress[0].attachments.map((a) => a.originalName)).toEqual(['活动照片.jpg']);
    expect(view.evidence[0].isImage).toBe(true);
    expect(view.verifications).toEqual([expect.objectContaining({ decision: 'pass', actor: '王老师', comment: '材料齐全' })]);
    expect(view.item.progressText).toBe('已开展主题团日活动');
    expect(view.item.evidenceCount).toBe(1);
    expect(view.history.map((h) => h.text)).toEqual([
      '王老师 于 3月12日 将状态由 待核验 改为 已办结，意见：材料齐全',
      '陈雯 于 3月12日 将状态由 进行中 改为 待核验',
      '陈雯 于 3月12日 上传佐证材料《活动照片.jpg》',
      '陈雯 于 3月12日 记录进展：已开展主题团日活动（完成60%）',
    ]);
  });

  it('refuses to close an item without evidence while the setting is on', async () => {
    const item = await itemOfSeq(7);
    await ledger.ok('progress.add', { itemId: item.id, date: '2023-03-10', text: '已完成', percent: 100 }, clerk);
    await ledger.ok('items.transition', { id: item.id, action: 'submit' }, clerk);
    expect((await errorOf('items.transition', { id: item.id, action: 'verify' }, adviser)).message).toContain('还没有佐证材料');
    await ledger.ok('settings.update', { requireEvidenceToClose: false });
    expect((await ledger.ok('items.transition', { id: item.id, action: 'verify' }, adviser)).status).toBe('done');
  });

  it('returns an item with a comment; recording progress resumes it', async () => {
    const item = await itemOfSeq(8);
    await ledger.ok('items.transition', { id: item.id, action: 'start' }, clerk);
    await ledger.ok('items.transition', { id: item.id, action: 'submit' }, clerk);
    expect((await errorOf('items.transition', { id: item.id, action: 'return' }, adviser)).code).toBe('BAD_INPUT');
    const returned = await ledger.ok('items.transition', { id: item.id, action: 'return', reason: '缺少签到表' }, adviser);
    expect(returned).toMatchObject({ status: 'returned', statusNote: '缺少签到表' });
    const view = await ledger.ok('items.supervision', { id: item.id }, clerk);
    expect(view.verifications[0]).toMatchObject({ decision: 'return', comment: '缺少签到表' });
    expect(view.actions).toEqual(['resume']);
    await ledger.ok('progress.add', { itemId: item.id, date: '2023-03-13', text: '补交签到表', percent: 90 }, clerk);
    expect((await ledger.ok('items.get', { id: item.id }, clerk)).status).toBe('in_progress');
  });

  it('forbids a read-only user every change', async () => {
    const item = await itemOfSeq(9);
    for (const [method, input] of [
      ['progress.add', { itemId: item.id, date: '2023-03-12', text: 'x' }],
      ['items.transition', { id: item.id, action: 'start' }],
      ['items.update', { ...item, id: item.id }],
      ['persons.create', { name: '新人' }],
      ['inspections.create', { planId, month: 3, date: '2023-03-20', inspector: '督查组' }],
      ['postponements.request', { itemId: item.id, dueDate: '2023-05-31', reason: '延期' }],
    ] as const)
      expect((await errorOf(method, input, viewer)).code, method).toBe('FORBIDDEN');
    expect((await ledger.ok('items.get', { id: item.id }, viewer)).status).toBe('not_started');
  });

  it('requires a login for everything but the public methods', async () => {
    expect((await errorOf('plans.list', {}, { session: null })).code).toBe('UNAUTHENTICATED');
    expect((await errorOf('plans.list', {}, { session: 'forged' })).code).toBe('UNAUTHENTICATED');
    expect((await ledger.raw('auth.status', {}, { session: null })).ok).toBe(true);
    expect((await errorOf('users.list', {}, clerk)).code).toBe('FORBIDDEN');
  });

  it('handles 延期申请: request keeps the original deadline until an adviser approves', async () => {
    const item = await itemOfSeq(10);
    const request = await ledger.ok('postponements.request', { itemId: item.id, dueDate: '2023-04-15', reason: '等待学校党委审批' }, clerk);
    expect(request).toMatchObject({ previousDueDate: '2023-03-31', decision: 'pending' });
    expect((await errorOf('postponements.request', { itemId: item.id, dueDate: '2023-04-20', reason: '再延' }, clerk)).code).toBe('CONFLICT');
    expect((await errorOf('postponements.decide', { id: request.id, approve: true }, clerk)).code).toBe('FORBIDDEN');
    await ledger.ok('postponements.decide', { id: request.id, approve: true, comment: '同意' }, adviser);
    const view = await ledger.ok('items.supervision', { id: item.id }, clerk);
    expect(view).toMatchObject({ originalDueDate: '2023-03-31', postponementCount: 1 });
    expect(view.item.dueDate).toBe('2023-04-15');
  });

  it('records a 督查 round with a finding, shown on the item, then rectified', async () => {
    const item = await itemOfSeq(6);
    const round = await ledger.ok('inspections.create', { planId, month: 3, date: '2023-03-20', inspector: '校团委督查组', scope: '3月工作' }, adviser);
    const finding = await ledger.ok('findings.add', { inspectionId: round.id, itemId: item.id, assessment: 'lagging', problem: '参与人数不足', requirement: '月底前补充', rectifyBy: '2023-03-31' }, adviser);
    const view = await ledger.ok('items.supervision', { id: item.id }, clerk);
    expect(view.findings).toEqual([expect.objectContaining({ assessment: 'lagging', problem: '参与人数不足', inspector: '校团委督查组' })]);
    expect(view.history[0].text).toContain('记录督查意见：进度滞后');
    await ledger.ok('findings.update', { id: finding.id, rectification: '已补充至52310人次', close: true }, clerk);
    expect((await errorOf('findings.update', { id: finding.id, rectification: '改' }, clerk)).code).toBe('CONFLICT');
    expect((await ledger.ok('inspections.list', { planId, month: 3 }, viewer))[0].findings[0].closedAt).not.toBeNull();
  });

  it('shows year-round check-ins by month and target actuals', async () => {
    const page = await ledger.ok('items.search', { planId, limit: 500 });
    const weekly = page.rows.find((r) => r.yearRound && !r.isKey && r.seq === 1)!;
    await ledger.ok('progress.add', { itemId: weekly.id, date: '2023-02-20', text: '2月青年大学习', percent: 10 }, clerk);
    await ledger.ok('progress.add', { itemId: weekly.id, date: '2023-03-06', text: '3月青年大学习', percent: 20 }, clerk);
    const view = await ledger.ok('items.supervision', { id: weekly.id }, clerk);
    expect(view.checkins.map((c, i) => (c ? i + 1 : 0)).filter(Boolean)).toEqual([2, 3]);

    const item = await itemOfSeq(6);
    const detail = await ledger.ok('items.get', { id: item.id }, clerk);
    await ledger.ok('progress.add', { itemId: item.id, date: '2023-03-12', text: '参与人数统计', percent: 100, actuals: [{ targetId: detail.targets[0].id, actual: 52310 }] }, clerk);
    expect((await ledger.ok('items.get', { id: item.id }, clerk)).targets[0]).toMatchObject({ value: 50000, actual: 52310 });
  });
});

describe('dashboard', () => {
  it('counts this month, overdue, pending review, and completion rates without cancelled items', async () => {
    const before = await ledger.ok('dashboard.get', { planId }, viewer);
    expect(before.month).toBe(3);
    expect(before.totals).toMatchObject({ total: 66, done: 0, rate: 0 });
    expect(before.counts.overdue).toBe(5); // the five 2月 items, still open on 3月12日
    expect(before.counts.thisMonth).toBe(5 + 9 + 5 + 15); // 3月 items, year-round items, carried 2月 items, key tasks

    await ledger.ok('settings.update', { requireEvidenceToClose: false });
    const feb = (await ledger.ok('items.month', { planId, month: 2 }, viewer)).items.filter((i) => !i.yearRound);
    for (const item of feb.slice(0, 2)) {
      await ledger.ok('items.transition', { id: item.id, action: 'start' }, clerk);
      await ledger.ok('items.transition', { id: item.id, action: 'submit' }, clerk);
    }
    await ledger.ok('items.transition', { id: feb[0].id, action: 'verify' }, adviser);
    await ledger.ok('items.transition', { id: feb[2].id, action: 'cancel', reason: '上级取消' }, adviser);

    const after = await ledger.ok('dashboard.get', { planId }, viewer);
    expect(after.counts.pendingReview).toBe(1);
    expect(after.counts.overdue).toBe(3); // feb[1] (待核验, still open) and feb[3], feb[4]
    expect(after.totals).toMatchObject({ total: 66, done: 1, rate: Math.round((1 / 65) * 1000) / 10 });
    expect(after.totals.byState.cancelled).toBe(1);
    // Verified this month, the 2月 item stays among this month's items (closed in the period), counted done.
    expect(after.counts.thisMonth).toBe(34);
    expect(after.monthTotals.byState.done_in_period).toBe(1);
    expect(after.byMonth.find((r) => r.label === '2月')).toMatchObject({ label: '2月', tally: { total: 5, done: 1, rate: 25 } });
  });
});

describe('audit chain and evidence integrity', () => {
  it('verifies the chain, and names the first altered event after a direct SQL edit', async () => {
    const item = await itemOfSeq(6);
    await ledger.ok('progress.add', { itemId: item.id, date: '2023-03-12', text: '进展一' }, clerk);
    await ledger.ok('progress.add', { itemId: item.id, date: '2023-03-13', text: '进展二' }, clerk);
    expect(await ledger.ok('audit.verify', {})).toMatchObject({ intact: true, brokenAt: null });

    const sqlite = ledger.app.store.sqlite;
    const target = sqlite.prepare("SELECT id FROM audit_event WHERE action = 'progress.add' ORDER BY id LIMIT 1").get() as { id: number };
    sqlite.prepare("UPDATE audit_event SET after = replace(after, '进展一', '改过的') WHERE id = ?").run(target.id);
    const result = await ledger.ok('audit.verify', {});
    expect(result).toMatchObject({ intact: false, brokenAt: target.id });
    expect(result.message).toContain(`第 ${target.id} 条`);
  });

  it('detects an evidence file changed on disk', async () => {
    const blob = await upload('签到表内容');
    expect(readBlobVerified(ledger.dataDir, blob.sha256).toString()).toBe('签到表内容');
    fs.writeFileSync(blobPath(ledger.dataDir, blob.sha256), '被改过的内容');
    expect(() => readBlobVerified(ledger.dataDir, blob.sha256)).toThrow(/校验值不符/);
  });

  it('keeps a shared file until the last reference is removed, and refuses oversize uploads', async () => {
    const a = await itemOfSeq(6);
    const b = await itemOfSeq(7);
    const blob = await upload('same-bytes');
    const first = await ledger.ok('evidence.add', { itemId: a.id, sha256: blob.sha256, originalName: '总结.docx' }, clerk);
    const second = await ledger.ok('evidence.add', { itemId: b.id, sha256: blob.sha256, originalName: '总结.docx' }, clerk);
    await ledger.ok('evidence.add', { itemId: b.id, sha256: (await upload('另一份')).sha256, originalName: '签到表.pdf' }, clerk);
    expect((await ledger.ok('items.get', { id: a.id }, clerk)).evidenceCount).toBe(1);
    expect((await ledger.ok('items.get', { id: b.id }, clerk)).evidenceCount).toBe(2);
    await ledger.ok('evidence.remove', { id: first.id }, clerk);
    expect((await ledger.ok('items.get', { id: a.id }, clerk)).evidenceCount).toBe(0);
    expect(fs.existsSync(blobPath(ledger.dataDir, blob.sha256))).toBe(true);
    await ledger.ok('evidence.remove', { id: second.id }, clerk);
    // The last reference gone, the file stays a day (a backup may be copying it), then the sweep takes it.
    const file = blobPath(ledger.dataDir, blob.sha256);
    fs.utimesSync(file, new Date(now.getTime() - 2 * 86_400_000), new Date(now.getTime() - 2 * 86_400_000));
    expect(sweepOrphanEvidence(ledger.app.store.orm, ledger.dataDir, now)).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    expect(sweepOrphanEvidence(ledger.app.store.orm, ledger.dataDir, new Date(now.getTime() + 86_400_001))).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    await expect(storeBlob(ledger.dataDir, Readable.from([Buffer.alloc(2048)]), 1024)).rejects.toThrow(/超过/);
    expect(fs.readdirSync(`${ledger.dataDir}/attachments`).filter((f) => f.startsWith('.upload-'))).toEqual([]);
  });
});

describe('accounts', () => {
  it('creates the first administrator once, signs in and out, and times sessions out', async () => {
    const fresh = openTestLedger({ clock: () => now });
    try {
      expect(await fresh.ok('auth.status', {}, { session: null })).toEqual({ setupNeeded: true, user: null });
      const setup = await fresh.ok('auth.setup', { username: 'admin', displayName: '鲁若曦', password: 'long-enough-1' }, { session: null });
      expect(setup.user.role).toBe('admin');
      expect((await fresh.raw('auth.setup', { username: 'x', displayName: 'x', password: 'long-enough-2' }, { session: null })).ok).toBe(false);
      expect((await fresh.ok('auth.status', {}, { session: setup.session })).user?.displayName).toBe('鲁若曦');
      expect((await fresh.raw('auth.login', { username: 'admin', password: 'wrong-password' }, { session: null }))).toMatchObject({ ok: false, error: { message: '用户名或密码错误' } });

      now = new Date(now.getTime() + 31 * 60_000);
      expect((await fresh.raw('plans.list', {}, { session: setup.session }))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      const again = await fresh.ok('auth.login', { username: 'admin', password: 'long-enough-1' }, { session: null });
      await fresh.ok('auth.logout', {}, { session: again.session });
      expect((await fresh.raw('plans.list', {}, { session: again.session })).ok).toBe(false);
      const stored = fresh.app.store.sqlite.prepare('SELECT password_hash FROM user').get() as { password_hash: string };
      expect(stored.password_hash).toMatch(/^scrypt\$/);
      expect(stored.password_hash).not.toContain('long-enough-1');
    } finally {
      fresh.close();
    }
  });

  it('keeps at least one active administrator', async () => {
    const users = await ledger.ok('users.list', {});
    expect(users.map((u) => u.role)).toEqual(['clerk', 'adviser', 'viewer']);
    const admin = await ledger.ok('users.create', { username: 'boss', displayName: '管理员', role: 'admin', password: 'long-enough-1' });
    const error = await ledger.raw('users.update', { id: admin.id, displayName: '管理员', role: 'clerk', active: true });
    expect(error).toMatchObject({ ok: false, error: { message: '至少需要保留一个启用的管理员账号' } });
  });
});
