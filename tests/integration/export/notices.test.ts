import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
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

  it('numbers notices N, N+1 … and never reuses a number after the ledger is reopened', async () => {
    const itemId = itemBySeq(ledger, 'monthly', 3).id;
    const first = await ledger.ok('exports.notices', { target: { scope: 'item', itemId } });
    const second = await ledger.ok('exports.notices', { target: { scope: 'item', itemId } });
    expect([first.numbers, second.numbers]).toEqual([['督办〔2023〕第1号'], ['督办〔2023〕第2号']]);
    const urge = await ledger.ok('exports.notices', { target: { scope: 'item', itemId }, kind: 'urge' });
    expect(urge.numbers).toEqual(['催办〔2023〕第1号']);
    expect(await docxText(decode(urge))).toContain('现予催办');

    ledger.close();
    ledger = reopenLedger(ledger.dataDir);
    const third = await ledger.ok('exports.notices', { target: { scope: 'item', itemId } });
    expect(third.numbers).toEqual(['督办〔2023〕第3号']);
  });

  it('sends one notice per 主办 for all overdue items, each with its own number', async () => {
    const lu = personId(ledger, '鲁若曦');
    const chen = personId(ledger, '陈雯');
    addOwner(ledger, itemBySeq(ledger, 'monthly', 1).id, lu, 'lead');
    addOwner(ledger, itemBySeq(ledger, 'monthly', 7).id, chen, 'lead');
    const file = await ledger.ok('exports.notices', { target: { scope: 'overdue', planId } });
    expect(file.numbers).toEqual(['督办〔2023〕第1号', '督办〔2023〕第2号', '督办〔2023〕第3号']);
    expect(file.fileName).toBe('督办通知单（督办〔2023〕第1号等3份）.docx');
    const text = await docxText(decode(file));
    expect(text.indexOf('鲁若曦同志：')).toBeLessThan(text.indexOf('相关责任人：'));
    expect(text.indexOf('相关责任人：')).toBeLessThan(text.indexOf('陈雯同志：'));
    // Several items go in one table: 19 overdue February–May items less the two owned ones.
    expect(text).toContain('下列18项工作已超过完成时限仍未办结');
    const rows = ledger.app.store.sqlite.prepare('SELECT number, person_id AS personId, title FROM issued_document ORDER BY number').all();
    expect(rows).toEqual([
      { number: 1, personId: lu, title: '督办通知单（鲁若曦）' },
      { number: 2, personId: null, title: '督办通知单（相关责任人）' },
      { number: 3, personId: chen, title: '督办通知单（陈雯）' },
    ]);
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
    const itemId = itemBySeq(ledger, 'monthly', 3).id;
    expect(await ledger.raw('exports.notices', { target: { scope: 'item', itemId } }, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const preview = await ledger.raw('exports.preview', { form: 'notices', notice: { target: { scope: 'item', itemId } } }, viewer);
    expect(preview).toMatchObject({ ok: true });
    expect((preview as { data: { html: string } }).data.html).toContain('督办〔2023〕第＿号（预览，自第1号起编号）');
  });
});
