import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { itemsCsv } from '../../../core/export/csv';
import type { PrintDocument } from '../../../core/export/document';
import { renderDocx } from '../../../core/export/docx/render-docx';
import { printHtml } from '../../../core/export/html/print-html';
import { ITEM_COLUMNS } from '../../../core/export/item-columns';
import { exportItem } from '../../fixtures/export/items';

const doc: PrintDocument = {
  title: '<测试>',
  orientation: 'portrait',
  blocks: [
    { kind: 'title', text: '标题 <b>' },
    { kind: 'table', columns: [{ header: '内容', width: 10 }, { header: '预警', width: 4, align: 'center' }], rows: [{ group: '一、组' }, { cells: ['a & b', { value: '逾期', fill: '#cf1322' }] }] },
    { kind: 'issuer', office: '校团委', date: '2023年6月15日' },
  ],
};

describe('print HTML', () => {
  it('escapes text, repeats the header, keeps rows whole and prints fills', () => {
    const html = printHtml(doc);
    expect(html).toContain('<title>&lt;测试&gt;</title>');
    expect(html).toContain('标题 &lt;b&gt;');
    expect(html).toContain('size: A4 portrait');
    expect(html).toContain('<thead><tr><th>内容</th><th>预警</th></tr></thead>');
    expect(html).toContain('<tr class="group"><td colspan="2">一、组</td></tr>');
    expect(html).toContain('<td>a &amp; b</td><td class="center fill" style="background:#cf1322;color:#FFFFFF">逾期</td>');
    expect(html).toContain('counter(pages)');
  });
});

describe('docx', () => {
  it('writes the blocks into word/document.xml with a repeated header row and font substitutes', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc, '测试'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('标题 &lt;b&gt;');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:shd w:fill="cf1322" w:color="auto" w:val="clear"/>');
    expect(await zip.file('word/fontTable.xml')!.async('string')).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(itemsCsv([exportItem({ seq: null, content: '甲,乙"丙"\n丁' })], [ITEM_COLUMNS.seq, ITEM_COLUMNS.content]));
    expect(text).toBe('\uFEFF序号,工作内容\r\n,"甲,乙""丙""\n丁"\r\n');
  });
});
