import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
import { addEvidence, addProgress, blobFile, decode, itemBySeq, openDemoLedger } from '../../fixtures/export/ledger-rows';
import { docxText, readWorkbook } from '../../fixtures/export/readers';

// 报送材料: the half-year document and the zip of evidence by 序号, hash-checked, with its index.

let ledger: TestLedger;
let planId: number;
const photo = Buffer.from('照片一');

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
  const feb1 = itemBySeq(ledger, 'monthly', 1).id;
  const key1 = itemBySeq(ledger, 'key', 1).id;
  const september = (ledger.app.store.sqlite.prepare('SELECT id FROM item WHERE start_month = 9 ORDER BY id LIMIT 1').get() as { id: number }).id;
  addEvidence(ledger, feb1, '活动照片.jpg', photo);
  addEvidence(ledger, feb1, '活动照片.jpg', Buffer.from('照片二'));
  const tampered = addEvidence(ledger, key1, '总结.docx', Buffer.from('总结原文'));
  fs.writeFileSync(blobFile(ledger, tampered), '被改动的内容');
  addEvidence(ledger, september, '九月.pdf', Buffer.from('九月材料'), '2023-09-10T02:00:00Z');
  addProgress(ledger, feb1, '2023-02-20', '要点已印发。', 100);
  ledger.app.store.sqlite.prepare("UPDATE target SET actual = 3 WHERE label = '校内宣讲'").run();
});
afterAll(() => ledger.close());

describe('报送材料', () => {
  it('packs the document, the evidence in folders by 序号 and an index, leaving out altered files', async () => {
    const file = await ledger.ok('exports.submission', { planId, period: 'h1' });
    expect(file.fileName).toBe('2023年上半年报送材料.zip');
    expect(file.problems).toEqual(['01_主要任务/总结.docx：校验不符，未打包']);
    const zip = await JSZip.loadAsync(decode(file));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
    expect(names).toEqual(['01_2月/活动照片 (2).jpg', '01_2月/活动照片.jpg', '2023年上半年报送材料.docx', '佐证材料索引.xlsx']);
    expect(Buffer.from(await zip.file('01_2月/活动照片.jpg')!.async('uint8array'))).toEqual(photo);

    const index = (await readWorkbook(Buffer.from(await zip.file('佐证材料索引.xlsx')!.async('uint8array')))).getWorksheet('佐证材料索引')!;
    const rows: unknown[][] = [];
    index.eachRow((row, n) => n > 3 && typeof row.getCell(1).value === 'number' && rows.push([row.getCell(8).value, row.getCell(9).value]));
    expect(rows).toEqual([
      ['01_主要任务/总结.docx', '校验不符'],
      ['01_2月/活动照片.jpg', '校验通过'],
      ['01_2月/活动照片 (2).jpg', '校验通过'],
    ]);
  });

  it('documents each item: content, owners, progress, targets against actuals and its evidence', async () => {
    const file = await ledger.ok('exports.submission', { planId, period: 'h1', format: 'docx' });
    expect(file.fileName).toBe('2023年上半年报送材料.docx');
    const text = await docxText(decode(file));
    for (const expected of ['校团委2023年上半年工作报送材料', '进展情况：', '要点已印发。', '100%', '量化指标：', '校内宣讲', '不少于3场', '已达成', '佐证材料：', '01_2月/活动照片 (2).jpg'])
      expect(text).toContain(expected);
    expect(text).not.toContain('九月.pdf');
    const year = await docxText(decode(await ledger.ok('exports.submission', { planId, period: 'year', format: 'docx' })));
    expect(year).toContain('九月.pdf');
  });
});
