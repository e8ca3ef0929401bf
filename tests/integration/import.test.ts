import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeBlob } from '../../core/services/evidence-store';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

const seed = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds', name), 'utf8');
const SEED_003 = seed('003_e622a78fe4de4e57.txt');

let ledger: TestLedger;
beforeEach(() => {
  ledger = openTestLedger({ clock: () => new Date('2023-02-10T02:00:00Z') });
});
afterEach(() => ledger.close());

describe('import', () => {
  it('previews seed 003 without writing, commits it, and reports 无变化 on a second import', async () => {
    const preview = await ledger.ok('imports.preview', { year: 2023, source: { kind: 'text', text: SEED_003 } });
    expect(preview.documentKind).toBe('plan');
    expect(preview.draft.items).toHaveLength(66);
    expect(preview.steps.every((s) => s === 'add')).toBe(true);
    expect(preview.persons.map((p) => p.personId)).toEqual(preview.persons.map(() => null));
    expect(preview.problems.some((p) => p.kind === 'duplicate_seq')).toBe(true);
    expect((await ledger.ok('plans.list', {})).length).toBe(0);

    const first = await ledger.ok('imports.commit', { draft: preview.draft });
    expect(first).toMatchObject({ year: 2023, added: 66, updated: 0 });
    const board = await ledger.ok('items.board', { planId: first.planId });
    expect(board.columns.map((c) => c.label)).toContain('7-8月');

    const again = await ledger.ok('imports.preview', { year: 2023, source: { kind: 'text', text: SEED_003 } });
    expect(again.planExists).toBe(true);
    expect(again.steps.every((s) => s === 'same')).toBe(true);
    expect(again.persons.every((p) => p.personId !== null)).toBe(true);
    const second = await ledger.ok('imports.commit', { draft: again.draft });
    expect(second.message).toContain('无变化');
    expect((await ledger.ok('items.search', { planId: first.planId })).total).toBe(66);
  });

  it('applies an edit made in the preview as an update of the matching item', async () => {
    const preview = await ledger.ok('imports.preview', { year: 2023, source: { kind: 'text', text: SEED_003 } });
    await ledger.ok('imports.commit', { draft: preview.draft });
    const edited = structuredClone(preview.draft);
    const key = edited.items.find((i) => i.isKey)!;
    key.owners = [{ name: '新来的同志', role: 'lead' }];
    const result = await ledger.ok('imports.commit', { draft: edited });
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 65 });
    expect((await ledger.ok('persons.list', {})).map((p) => p.name)).toContain('新来的同志');
  });

  it('reads an uploaded file by its stored hash, and refuses one that is not a document', async () => {
    const stored = await storeBlob(ledger.dataDir, Readable.from([Buffer.from(SEED_003, 'utf8')]));
    const preview = await ledger.ok('imports.preview', { year: 2023, source: { kind: 'file', sha256: stored.sha256, fileName: '2023工作纲要.txt' } });
    expect(preview.draft.items).toHaveLength(66);

    const exe = await storeBlob(ledger.dataDir, Readable.from([Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 7)])]));
    const refused = await ledger.raw('imports.preview', { year: 2023, source: { kind: 'file', sha256: exe.sha256, fileName: '计划.docx' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('程序文件') } });
  });

  it('turns a notice from above into 报送 items with deadlines and its 文号', async () => {
    const preview = await ledger.ok('imports.preview', { year: 2020, source: { kind: 'text', text: seed('004_da4c40184838e887.txt') } });
    expect(preview.documentKind).toBe('notice');
    expect(preview.draft.items.length).toBeGreaterThan(0);
    expect(preview.draft.items.every((i) => i.source === 'notice' && (i.sourceRef ?? '').includes('办管团〔2020〕2号'))).toBe(true);
    const committed = await ledger.ok('imports.commit', { draft: preview.draft });
    expect(committed.added).toBe(preview.draft.items.length);
  });
});

describe('copy a plan into a new year', () => {
  it('keeps spans and owners, moves deadlines a year, resets statuses and carries each open item over once', async () => {
    const { planId } = await ledger.ok('demo.load', {});
    const items = (await ledger.ok('items.search', { planId, limit: 500 })).rows;
    const feb = items.find((i) => i.seq === 1 && !i.isKey && !i.yearRound)!;
    await ledger.ok('items.update', { ...(await ledger.ok('items.get', { id: feb.id })), dueDate: '2023-02-28' });
    ledger.app.store.sqlite.prepare("UPDATE item SET status = 'done' WHERE plan_id = ? AND start_month = 2").run(planId);

    const copy = await ledger.ok('plans.copy', { fromPlanId: planId, year: 2024, carryOpen: true });
    // 66 items, each once: the 37 open monthly items (42 less February's 5, done) as carried copies.
    expect([copy.copied, copy.carried, copy.deadlinesReset]).toEqual([66, 37, 0]);
    const next = (await ledger.ok('items.search', { planId: copy.planId, limit: 500 })).rows;
    expect(next).toHaveLength(66);
    expect(new Set(next.map((i) => `${i.period}|${i.seq}|${i.content}`)).size).toBe(66);
    expect(next.every((i) => i.status === 'not_started')).toBe(true);
    const copiedFeb = next.find((i) => i.content === feb.content)!;
    expect(copiedFeb.dueDate).toBe('2024-02-28');
    expect(copiedFeb.notes).not.toContain('结转');
    expect(next.find((i) => i.isKey)!.owners.length).toBeGreaterThan(0);
    expect(next.filter((i) => i.notes.startsWith('由2023年结转'))).toHaveLength(37);
    expect((await ledger.raw('plans.copy', { fromPlanId: planId, year: 2024 })).ok).toBe(false);
  });

  it('puts every deadline inside the new year: a postponed item keeps its planned deadline, one outside the year becomes its span end', async () => {
    const { planId } = await ledger.ok('demo.load', {});
    const items = (await ledger.ok('items.search', { planId, limit: 500 })).rows;
    const march = items.find((i) => i.seq === 6 && !i.isKey && !i.yearRound)!;
    const november = items.find((i) => i.seq === 38 && !i.isKey && !i.yearRound)!;
    // 延期 approved to the end of 2026; a deadline written into the next January.
    const asked = await ledger.ok('postponements.request', { itemId: march.id, dueDate: '2026-12-31', reason: '场地改造' });
    await ledger.ok('postponements.decide', { id: asked.id, approve: true, comment: '' });
    await ledger.ok('items.update', { ...(await ledger.ok('items.get', { id: november.id })), dueDate: '2024-01-15' });

    const copy = await ledger.ok('plans.copy', { fromPlanId: planId, year: 2028, carryOpen: true });
    expect(copy.deadlinesReset).toBe(1);
    const next = (await ledger.ok('items.search', { planId: copy.planId, limit: 500 })).rows;
    expect(next.every((i) => i.dueDate.startsWith('2028-'))).toBe(true);
    expect(next.find((i) => i.content === march.content)!.dueDate).toBe('2028-03-31');
    expect(next.find((i) => i.content === november.content)!.dueDate).toBe('2028-12-31');
  });
});
