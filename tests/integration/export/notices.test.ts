import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLedger, type TestLedger } from '../../helpers/temp-ledger';
import { addOwner, addPostponement, decode, itemBySeq, openDemoLedger, personId, reopenLedger, setStatus } from '../../fixtures/export/ledger-rows';
import { docxText, zipText } from '../../fixtures/export/readers';

// 督办通知单 / 催办单: numbered documents that never repeat a number, one per addressee.

let ledger: TestLedger;
let planId: number;

beforeEach(async () => {
  ({ ledger, planId } = await openDemoLedger());
});
afterEach(() => ledger.close());

describe('督办通知单', () => {
  it('lays out one item in GB/T 9704 style with the deadlines, requirement, feedback date and a blank reply box', async () => {
    const item = itemBySeq(ledger, 'key', 1);
    addPostponement(ledger, item.id, '2023-12-31', '2024-01-15');
    const file = await ledger.ok('exports.notices', { target: { scope: 'item', itemId: item.id }, requirement: '请于月底前完成专题部署。' });
    expect(file.numbers).toEqual(['督办〔2023〕第1号']);
    expect(file.fileName).toBe('督办通知单（督办〔2023〕第1号）.docx');
    const bytes = decode(file);
    const text = await docxText(bytes);
    for (const expected of [
      '督办通知单', '督办〔2023〕第1号', '鲁若曦同志：', item.content, '陈雯', '原定完成时限', '2023年12月31日', '现完成时限', '2024年1月15日',
      '督办要求', '请于月底前完成专题部署。', '反馈时限：2023年6月25日前', '办理情况（由承办人填写，可另附页）：', '校团委', '2023年6月15日', '签收人：',
    ])
      expect(text).toContain(expected);
    const xml = await zipText(bytes, 'word/document.xml');
    // A4 with margins 37/35/28/26 mm, 小标宋 22pt title, 仿宋 16pt body.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toMatch(/<w:sz w:val="44"\/>/);
    expect(await zipText(bytes, 'word/styles.xml')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(await zipText(bytes, 'word/fontTable.xml')).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('numbers a notice once: the same notice again is the same document; a new one takes the next number, never a voided one', async () => {
    const itemId = itemBySeq(ledger, 'monthly', 3).id;
    addOwner(ledger, itemId, personId(ledger, '鲁若曦'), 'lead');
    const first = await ledger.ok('exports.notices', { target: { scope: 'item', itemId } });
    const again = await ledger.ok('exports.notices', { target: { scope: 'item', itemId } });
    expect([first.numbers, again.numbers, first.reused, again.reused]).toEqual([['督办〔2023〕第1号'], ['督办〔2023〕第1号'], false, true]);
    expect(await docxText(decode(again))).toBe(await docxText(decode(first)));
    const worded = await ledger.ok('exports.notices', { target: { scope: 'item', itemId }, requirement: '请于本周内召开会议。' });
    expect(worded.numbers).toEqual(['督办〔2023〕第2号']);
    const urge = await ledger.ok('exports.notices', { target: { scope: 'item', itemId }, kind: 'urge' });
    expect(urge.numbers).toEqual(['催办〔2023〕第1号']);
    expect(await docxText(decode(urge))).toContain('现予催办');

    ledger.close();
    ledger = reopenLedger(ledger.dataDir);
    expect((await ledger.ok('exports.notices', { target: { scope: 'item', itemId } })).numbers).toEqual(['督办〔2023〕第1号']);
    const [issued] = (await ledger.ok('documents.list', {})).filter((d) => d.number === '督办〔2023〕第1号');
    await ledger.ok('documents.void', { id: issued.id, reason: '督办要求写错' });
    // Voided: asking again issues a new document, with a number never used before.
    expect((await ledger.ok('exports.notices', { target: { scope: 'item', itemId } })).numbers).toEqual(['督办〔2023〕第3号']);
  });

  it('counts numbers in the year of issue, not the plan year', async () => {
    const itemId = itemBySeq(ledger, 'key', 3).id;
    ledger.close();
    ledger = openTestLedger({ dataDir: ledger.dataDir, clock: () => new Date('2026-11-26T10:00:00+08:00') });
    const file = await ledger.ok('exports.notices', { target: { scope: 'item', itemId } });
    expect(file.numbers).toEqual(['督办〔2026〕第1号']);
    expect(await docxText(decode(file))).toContain('2026年11月26日');
  });

  it('sends one notice per 主办 for the overdue items, and lists the overdue items nobody leads instead of skipping them', async () => {
    const lu = personId(ledger, '鲁若曦');
    const chen = personId(ledger, '陈雯');
    addOwner(ledger, itemBySeq(ledger, 'monthly', 1).id, lu, 'lead');
    addOwner(ledger, itemBySeq(ledger, 'monthly', 7).id, chen, 'lead');
    const preview = await ledger.ok('exports.preview', { form: 'notices', notice: { target: { scope: 'overdue', planId } } });
    expect(preview.notes).toEqual([expect.stringMatching(/^另有18项逾期事项没有主办责任人，未列入督办通知单：2月第2项、/)]);
    const file = await ledger.ok('exports.notices', { target: { scope: 'overdue', planId } });
    expect(file.numbers).toEqual(['督办〔2023〕第1号', '督办〔2023〕第2号']);
    expect(file.fileName).toBe('督办通知单（督办〔2023〕第1号等2份）.docx');
    // 20 overdue February–May items: two have a 主办, the other 18 are returned by id for assigning owners.
    const overdue = ledger.app.store.sqlite
      .prepare("SELECT id FROM item WHERE year_round = 0 AND end_month <= 5 AND id NOT IN (SELECT item_id FROM item_owner WHERE role = 'lead') ORDER BY start_month, seq, id")
      .all() as { id: number }[];
    expect(file.unaddressed.map((i) => i.id)).toEqual(overdue.map((r) => r.id));
    const text = await docxText(decode(file));
    expect(text.indexOf('鲁若曦同志：')).toBeLessThan(text.indexOf('陈雯同志：'));
    expect(text).not.toContain('相关责任人');
    const rows = ledger.app.store.sqlite.prepare('SELECT number, person_id AS personId, title, sha256 IS NOT NULL AS hashed FROM issued_document ORDER BY number').all();
    expect(rows).toEqual([
      { number: 1, personId: lu, title: '督办通知单（督办〔2023〕第1号，鲁若曦）', hashed: 1 },
      { number: 2, personId: chen, title: '督办通知单（督办〔2023〕第2号，陈雯）', hashed: 1 },
    ]);
  });

  it('refuses, with the reason, a notice to an item without a 主办 and an overdue run nobody leads', async () => {
    const itemId = itemBySeq(ledger, 'monthly', 3).id;
    expect(await ledger.raw('exports.notices', { target: { scope: 'item', itemId } })).toMatchObject({
      ok: false, error: { code: 'BAD_INPUT', message: '该事项还没有主办责任人，督办通知单无处可发。请先在事项中添加主办' },
    });
    const run = await ledger.raw('exports.notices', { target: { scope: 'overdue', planId } });
    expect(run).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('20项逾期事项都还没有主办责任人') } });
    expect((run as { error: { details: unknown[] } }).error.details).toHaveLength(20);
    expect(ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM issued_document').get()).toEqual({ n: 0 });
  });

  it("lists one owner's open items and refuses notices with nothing to press", async () => {
    const lu = personId(ledger, '鲁若曦');
    const file = await ledger.ok('exports.notices', { target: { scope: 'owner', planId, personId: lu } });
    expect(await docxText(decode(file))).toContain('下列5项工作尚未办结');

    const done = itemBySeq(ledger, 'monthly', 1).id;
    setStatus(ledger, done, 'done');
    const refused = await ledger.raw('exports.notices', { target: { scope: 'item', itemId: done } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '该事项已办结或已中止，无需督办' } });
    expect(ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM issued_document').get()).toEqual({ n: 1 });
  });

  it('is a write: a read-only account cannot issue a number, but can preview one', async () => {
    const viewer = await ledger.signIn('viewer');
    const itemId = itemBySeq(ledger, 'key', 3).id;
    expect(await ledger.raw('exports.notices', { target: { scope: 'item', itemId } }, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const preview = await ledger.raw('exports.preview', { form: 'notices', notice: { target: { scope: 'item', itemId } } }, viewer);
    expect(preview).toMatchObject({ ok: true });
    expect((preview as { data: { html: string } }).data.html).toContain('督办〔2023〕第＿号（预览·未编号）');
  });
});
