import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../core/app';
import { blobPath, storeBlob } from '../../core/services/evidence-store';
import { ORPHAN_AGE_MS, sweepOrphanEvidence } from '../../core/services/evidence-sweep';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// Today is pinned: 16 March 2026, with a 2025 plan (older) and a 2026 plan beside the 2023 示例.
let ledger: TestLedger;
let clerk: Caller;
let adviser: Caller;
let viewer: Caller;
const now = new Date('2026-03-16T02:00:00Z');

beforeEach(async () => {
  ledger = openTestLedger({ clock: () => now });
  clerk = await ledger.signIn('clerk', '陈雯');
  adviser = await ledger.signIn('adviser', '王老师');
  viewer = await ledger.signIn('viewer', '访客');
});
afterEach(() => ledger.close());

async function planOf(year: number) {
  return ledger.ok('plans.create', { year, title: `${year}年度校团委工作纲要`, organization: '校团委' });
}

async function itemIn(planId: number, content: string, startMonth: number, extra: Record<string, unknown> = {}) {
  return ledger.ok('items.create', { planId, content, startMonth, ...extra }, clerk);
}

async function errorOf(method: string, input: unknown, caller: Caller) {
  const envelope = await ledger.raw(method, input, caller);
  if (envelope.ok) throw new Error(`${method} unexpectedly succeeded`);
  return envelope.error;
}

async function upload(content: Buffer) {
  return (await storeBlob(ledger.dataDir, Readable.from([content]))).sha256;
}

function eventsOf(action: string): { entity_id: number }[] {
  return ledger.app.store.sqlite.prepare('SELECT entity_id FROM audit_event WHERE action = ? ORDER BY id').all(action) as { entity_id: number }[];
}

describe('待办 inbox', () => {
  it('shows an adviser what waits in every plan, and leaves the 示例 out once the office has its own', async () => {
    await ledger.ok('demo.load', {});
    const older = await planOf(2025);
    const current = await planOf(2026);
    const late = await itemIn(older.id, '2025年团干部培训', 11);
    const review = await itemIn(current.id, '3月主题团日', 3);
    await ledger.ok('postponements.request', { itemId: late.id, dueDate: '2026-04-30', reason: '培训场地改期' }, clerk);
    await ledger.ok('items.transition', { id: review.id, action: 'start' }, clerk);
    await ledger.ok('items.transition', { id: review.id, action: 'submit' }, clerk);
    const round = await ledger.ok('inspections.create', { planId: current.id, month: 3, date: '2026-03-10', inspector: '王老师' }, adviser);
    await ledger.ok('findings.add', { inspectionId: round.id, itemId: review.id, assessment: 'lagging', problem: '签到表缺失' }, adviser);

    const inbox = await ledger.ok('inbox.get', {}, adviser);
    expect(inbox.sections.map((s) => [s.key, s.total])).toEqual([['review', 1], ['postponement', 1], ['finding', 1]]);
    const request = inbox.sections[1].entries[0];
    expect(request).toMatchObject({ plan: { year: 2025, isSample: false }, item: { content: '2025年团干部培训' }, postponement: { requestedDueDate: '2026-04-30', decision: 'pending' } });
    expect(inbox.count).toBe(3);
    expect(inbox.samplePlan).toBe('leftOut');

    // Decided from the inbox, it leaves the adviser's list and shows on the clerk's.
    await ledger.ok('postponements.decide', { id: request.postponement!.id, approve: true, comment: '' }, adviser);
    expect((await ledger.ok('inbox.get', {}, adviser)).count).toBe(2);
    expect((await ledger.ok('inbox.get', {}, clerk)).sections.find((s) => s.key === 'overdue')!.entries.every((e) => !e.plan.isSample)).toBe(true);
    const clerkInbox = await ledger.ok('inbox.get', {}, clerk);
    expect(clerkInbox.sections.map((s) => s.key)).toEqual(['returned', 'overdue', 'dueSoon', 'noOwner', 'decided']);
    const decided = clerkInbox.sections.find((s) => s.key === 'decided')!;
    expect(decided.entries[0].postponement).toMatchObject({ decision: 'approved', requestedDueDate: '2026-04-30' });
  });

  it('gives the clerk returned, overdue and owner-less items; their own only when the account names a 责任人; nothing to a viewer', async () => {
    const plan = await planOf(2026);
    const persons = [await ledger.ok('persons.create', { name: '陈雯' }), await ledger.ok('persons.create', { name: '鲁若曦' })];
    const mine = await itemIn(plan.id, '寒假社会实践总结', 2, { owners: [{ personId: persons[0].id, role: 'lead' }] });
    await itemIn(plan.id, '团籍注册', 2, { owners: [{ personId: persons[1].id, role: 'lead' }] });
    await itemIn(plan.id, '五四表彰', 5);
    const returned = await itemIn(plan.id, '学雷锋活动', 3, { owners: [{ personId: persons[0].id, role: 'lead' }] });
    await ledger.ok('items.transition', { id: returned.id, action: 'start' }, clerk);
    await ledger.ok('items.transition', { id: returned.id, action: 'submit' }, clerk);
    await ledger.ok('items.transition', { id: returned.id, action: 'return', reason: '缺少照片' }, adviser);

    const all = await ledger.ok('inbox.get', {}, clerk);
    const totals = Object.fromEntries(all.sections.map((s) => [s.key, s.total]));
    expect(totals).toMatchObject({ returned: 1, overdue: 2, noOwner: 1 });
    expect(all.mine).toBe(false);
    expect(all.count).toBe(totals.returned + totals.overdue + totals.dueSoon + totals.noOwner);

    const users = await ledger.ok('users.list', {});
    const account = users.find((u) => u.displayName === '陈雯')!;
    await ledger.ok('users.update', { ...account, personId: persons[0].id });
    const own = await ledger.ok('inbox.get', {}, clerk);
    expect(own.mine).toBe(true);
    expect(own.sections.find((s) => s.key === 'overdue')!.entries.map((e) => e.item.id)).toEqual([mine.id]);

    expect(await ledger.ok('inbox.get', {}, viewer)).toEqual({ sections: [], count: 0, mine: false, samplePlan: 'none' });
  });
});

describe('bulk actions', () => {
  it('names owners for many items at once, one audit event each, and finds owner-less items', async () => {
    const plan = await planOf(2026);
    const lead = await ledger.ok('persons.create', { name: '鲁若曦' });
    const assist = await ledger.ok('persons.create', { name: '陈雯' });
    const items = [];
    for (let k = 0; k < 10; k++) items.push(await itemIn(plan.id, `事项${k + 1}`, 3));
    expect((await ledger.ok('items.search', { planId: plan.id, noOwner: true })).total).toBe(10);

    const result = await ledger.ok('items.bulk', { ids: items.map((i) => i.id), change: { kind: 'owners', lead: lead.id, assists: [assist.id] } }, clerk);
    expect(result).toEqual({ changed: 10, skipped: [] });
    expect((await ledger.ok('items.search', { planId: plan.id, noOwner: true })).total).toBe(0);
    expect((await ledger.ok('items.get', { id: items[4].id })).owners).toEqual([
      { personId: lead.id, name: '鲁若曦', role: 'lead' }, { personId: assist.id, name: '陈雯', role: 'assist' },
    ]);
    expect(eventsOf('item.update').map((e) => e.entity_id)).toEqual(items.map((i) => i.id));
    const history = (await ledger.ok('items.supervision', { id: items[0].id })).history.map((h) => h.text);
    expect(history[0]).toContain('修改了责任人');

    expect((await errorOf('items.bulk', { ids: [items[0].id], change: { kind: 'owners' } }, clerk)).message).toContain('请选择主办或协办');
    expect((await errorOf('items.bulk', { ids: [items[0].id], change: { kind: 'owners', lead: lead.id } }, viewer)).code).toBe('FORBIDDEN');
  });

  it('starts and submits what it can, lists what it cannot, and sets sections and deadlines', async () => {
    const plan = await planOf(2026);
    const section = await ledger.ok('sections.create', { planId: plan.id, title: '强思政' });
    const [a, b] = [await itemIn(plan.id, '甲', 3), await itemIn(plan.id, '乙', 3)];
    await ledger.ok('items.transition', { id: b.id, action: 'start' }, clerk);

    const started = await ledger.ok('items.bulk', { ids: [a.id, b.id], change: { kind: 'transition', action: 'start' } }, clerk);
    expect(started.changed).toBe(1);
    expect(started.skipped).toEqual([{ id: b.id, label: '2. 乙', reason: '事项当前为“进行中”，不能“开始办理”' }]);
    expect((await ledger.ok('items.bulk', { ids: [a.id, b.id], change: { kind: 'transition', action: 'submit' } }, clerk)).changed).toBe(2);
    expect(eventsOf('item.submit').map((e) => e.entity_id)).toEqual([a.id, b.id]);

    await ledger.ok('items.bulk', { ids: [a.id, b.id], change: { kind: 'section', sectionId: section.id } }, clerk);
    await ledger.ok('items.bulk', { ids: [a.id, b.id], change: { kind: 'dueDate', dueDate: '2026-04-10' } }, clerk);
    expect(await ledger.ok('items.get', { id: a.id })).toMatchObject({ sectionTitle: '强思政', dueDate: '2026-04-10', status: 'pending_review' });
  });
});

describe('序号, plans and rounds', () => {
  it('numbers a new item after the last of its period, and keeps a number given', async () => {
    const plan = await planOf(2026);
    expect((await itemIn(plan.id, '二月一', 2)).seq).toBe(1);
    expect((await itemIn(plan.id, '三月一', 3)).seq).toBe(2);
    expect((await itemIn(plan.id, '二月二', 2)).seq).toBe(2);
    expect((await itemIn(plan.id, '自定', 4, { seq: 9 })).seq).toBe(9);
    expect(await ledger.ok('items.nextSeq', { planId: plan.id, startMonth: 5 })).toEqual({ seq: 10 });
    expect(await ledger.ok('items.nextSeq', { planId: plan.id, yearRound: true })).toEqual({ seq: 1 });
  });

  it('marks the sample 示例, starts plans in February unless they have January work, renames, and lets only an admin delete', async () => {
    const { planId: sampleId } = await ledger.ok('demo.load', {});
    const plan = await planOf(2026);
    const plans = await ledger.ok('plans.list', {});
    expect(plans.map((p) => [p.year, p.isSample, p.firstMonth])).toEqual([[2023, true, 2], [2026, false, 2]]);
    await itemIn(plan.id, '寒假返乡调研', 1);
    expect((await ledger.ok('plans.get', { id: plan.id })).firstMonth).toBe(1);

    const renamed = await ledger.ok('plans.update', { id: plan.id, year: 2026, title: '2026年共青团工作要点', organization: '共青团某某学院委员会' }, clerk);
    expect(renamed).toMatchObject({ title: '2026年共青团工作要点', organization: '共青团某某学院委员会' });

    expect((await errorOf('plans.delete', { id: sampleId }, clerk)).code).toBe('FORBIDDEN');
    await ledger.ok('plans.delete', { id: sampleId });
    expect((await ledger.ok('plans.list', {})).map((p) => p.year)).toEqual([2026]);
  });

  it('renames a 督查 round, deletes an empty one, and one with findings only when told to', async () => {
    const plan = await planOf(2026);
    const item = await itemIn(plan.id, '3月主题团日', 3);
    const empty = await ledger.ok('inspections.create', { planId: plan.id, month: 3, date: '2026-03-10', inspector: '王老师' }, adviser);
    const round = await ledger.ok('inspections.create', { planId: plan.id, month: 3, date: '2026-03-12', inspector: '王老师' }, adviser);
    await ledger.ok('findings.add', { inspectionId: round.id, itemId: item.id, assessment: 'lagging', problem: '未启动' }, adviser);

    const renamed = await ledger.ok('inspections.update', { id: round.id, month: 3, title: '3月专项督查', date: '2026-03-12', inspector: '王老师', scope: '' }, adviser);
    expect(renamed.title).toBe('3月专项督查');
    expect((await ledger.ok('items.supervision', { id: item.id })).findings[0].inspectionTitle).toBe('3月专项督查');

    await ledger.ok('inspections.delete', { id: empty.id }, clerk);
    const refused = await errorOf('inspections.delete', { id: round.id }, clerk);
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '该督查有 1 条督查意见，确认一并删除后才能删除' });
    await ledger.ok('inspections.delete', { id: round.id, withFindings: true }, clerk);
    expect(await ledger.ok('inspections.list', { planId: plan.id })).toEqual([]);
    expect((await ledger.ok('items.supervision', { id: item.id })).findings).toEqual([]);
  });
});

describe('evidence typed by its bytes', () => {
  it('stores a real photo as an image, refuses a renamed program and a fake photo, whose files the orphan sweep takes', async () => {
    const plan = await planOf(2026);
    const item = await itemIn(plan.id, '3月主题团日', 3);
    const png = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const photo = await ledger.ok('evidence.add', { itemId: item.id, sha256: png, originalName: '合影.jpg', mime: 'image/jpeg' }, clerk);
    expect(photo).toMatchObject({ mime: 'image/png', isImage: true });

    const exe = await upload(Buffer.from('MZ\x90\x00\x03\x00 program'));
    expect(await errorOf('evidence.add', { itemId: item.id, sha256: exe, originalName: '现场照片.png', mime: 'image/png' }, clerk)).toMatchObject({
      code: 'BAD_INPUT', message: '《现场照片.png》是程序文件，不能作为佐证材料上传',
    });
    const fake = await upload(Buffer.from('这不是图片'));
    expect((await errorOf('evidence.add', { itemId: item.id, sha256: fake, originalName: '签到表.png', mime: 'image/png' }, clerk)).message).toContain('不是有效的图片');

    const pdf = await upload(Buffer.from('%PDF-1.7 总结'));
    expect(await ledger.ok('evidence.add', { itemId: item.id, sha256: pdf, originalName: '总结.pdf', mime: 'application/pdf' }, clerk)).toMatchObject({ isImage: false, mime: 'application/pdf' });

    // Recorded nowhere, the refused files are orphans: a day on, the sweep takes them and keeps the evidence.
    sweepOrphanEvidence(ledger.app.store.orm, ledger.dataDir, new Date(Date.now() + ORPHAN_AGE_MS + 60_000));
    expect([exe, fake, png, pdf].map((sha) => fs.existsSync(blobPath(ledger.dataDir, sha)))).toEqual([false, false, true, true]);
  });
});

describe('待办 with only the 示例 plan', () => {
  it('lists what was done in the sample, not its long-past deadlines or owner-less items', async () => {
    const { planId } = await ledger.ok('demo.load', {});
    const { rows } = await ledger.ok('items.search', { planId, text: '学雷锋', limit: 1 });
    await ledger.ok('items.transition', { id: rows[0].id, action: 'start' }, clerk);
    await ledger.ok('items.transition', { id: rows[0].id, action: 'submit' }, clerk);
    const adviserInbox = await ledger.ok('inbox.get', {}, adviser);
    expect(adviserInbox).toMatchObject({ samplePlan: 'actionsOnly', count: 1 });
    expect(adviserInbox.sections[0].entries[0]).toMatchObject({ plan: { year: 2023, isSample: true }, item: { id: rows[0].id } });
    const clerkInbox = await ledger.ok('inbox.get', {}, clerk);
    expect(clerkInbox.count).toBe(0);
  });
});
