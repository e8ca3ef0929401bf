import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../core/import/decode-text';
import { importDocument } from '../../../core/import/import-document';
import { MAX_LINES } from '../../../core/import/limits';
import { parsePlanText } from '../../../core/import/parse-plan-text';
import { readImportFile } from '../../../core/import/read-file';
import { seed003Docx, seed003Xlsx } from './built-files';
import { seed } from './fixtures';

const textItems = parsePlanText(seed('003'), { year: 2023 }).draft.items;

describe('docx', { timeout: 30_000 }, () => {
  it('seed 003 as a Word file (Word-numbered key tasks, a month table) gives the same 66 items as its text', async () => {
    const file = await readImportFile(await seed003Docx(), '2023年工作方案.docx');
    expect(file.format).toBe('docx');
    const { draft, problems } = parsePlanText(file.text, { year: 2023 });
    expect(draft.items).toEqual(textItems);
    expect(problems.map((p) => p.kind)).toEqual(['not_item', 'not_item', 'not_item', 'duplicate_seq']);
  });

  it('restores Chinese list numbers, reads merged month cells and a 负责人 column', async () => {
    const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'plan', level } });
    const cell = (text: string, rowSpan = 1) => new TableCell({ children: [new Paragraph(text)], rowSpan });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.START },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('艺术学院团委2024年工作计划'),
            numbered('指导思想', 0),
            new Paragraph('以习近平新时代中国特色社会主义思想为指导。'),
            numbered('重点工作', 0),
            numbered('深化“青年大学习”。（责任人：王芳）', 1),
            numbered('加强团支部建设。（责任人：李强）', 1),
            numbered('月度安排', 0),
            new Table({
              rows: [
                new TableRow({ children: [cell('月份'), cell('工作内容'), cell('负责人')] }),
                new TableRow({ children: [cell('3月', 2), cell('学雷锋志愿服务'), cell('王芳')] }),
                new TableRow({ children: [cell('植树节团日'), cell('李强')] }),
                new TableRow({ children: [cell('4月'), cell('清明祭扫'), cell('王芳、李强')] }),
              ],
            }),
          ],
        },
      ],
    });
    const file = await readImportFile(new Uint8Array(await Packer.toBuffer(doc)), 'plan.docx');
    expect(file.text.split('\n').slice(0, 6)).toEqual([
      '艺术学院团委2024年工作计划',
      '一、指导思想',
      '以习近平新时代中国特色社会主义思想为指导。',
      '二、重点工作',
      '1.深化“青年大学习”。（责任人：王芳）',
      '2.加强团支部建设。（责任人：李强）',
    ]);
    const { draft } = parsePlanText(file.text, { year: 2024 });
    expect(draft.items.map((i) => [i.isKey, i.startMonth, i.content, i.owners.map((o) => o.name).join('、')])).toEqual([
      [true, null, '深化“青年大学习”。', '王芳'],
      [true, null, '加强团支部建设。', '李强'],
      [false, 3, '学雷锋志愿服务', '王芳'],
      [false, 3, '植树节团日', '李强'],
      [false, 4, '清明祭扫', '王芳、李强'],
    ]);
  });

  it('reads a notice and files it as one', async () => {
    const doc = new Document({ sections: [{ children: seed('001').split('\n').map((line) => new Paragraph(line)) }] });
    const result = await importDocument(new Uint8Array(await Packer.toBuffer(doc)), '通知.docx', { year: 2022 });
    expect(result.kind).toBe('notice');
    expect(result.draft.items.map((i) => i.dueDate)).toEqual(['2022-10-31']);
  });
});

describe('xlsx and csv', { timeout: 30_000 }, () => {
  it('seed 003’s table as a sheet gives the same monthly and year-round items as the text', async () => {
    const file = await readImportFile(await seed003Xlsx(), '工作纲要.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.sheetName).toBe('工作纲要');
    expect(file.rows?.[1]).toEqual(['月份', '工作内容', '备注']);
    const { draft, sourceLines } = parsePlanText(file.text, { year: 2023 });
    expect(draft.items).toEqual(textItems.slice(15));
    expect(sourceLines[0]).toEqual([3]);
  });

  it('picks a sheet by name or index and says which exist when asked for one that does not', async () => {
    const bytes = await seed003Xlsx();
    expect((await readImportFile(bytes, 'a.xlsx', { sheet: 0 })).sheetName).toBe('说明');
    expect((await readImportFile(bytes, 'a.xlsx', { sheet: '工作纲要' })).rows).toHaveLength(12);
    await expect(readImportFile(bytes, 'a.xlsx', { sheet: '2024' })).rejects.toMatchObject({
      code: 'sheet_not_found',
      message: '找不到工作表“2024”（文件中有：说明、工作纲要）',
    });
  });

  it('reads merged 月份 cells, numbers and dates as written in a sheet with a 负责人 column', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Sheet1');
    ws.addRows([
      ['序号', '时间', '工作内容', '负责人', '完成时限'],
      [1, '3月', '学雷锋志愿服务', '王芳', new Date(Date.UTC(2024, 2, 31))],
      [2, null, '植树节团日', '李强', null],
      [3, 4, '清明祭扫', '王芳、李强', '4月5日前'],
    ]);
    ws.mergeCells('B2:B3');
    const file = await readImportFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'plan.xlsx');
    const { draft } = parsePlanText(file.text, { year: 2024 });
    expect(draft.items.map((i) => [i.seq, i.startMonth, i.content, i.owners.map((o) => o.name).join('、'), i.dueDate])).toEqual([
      [1, 3, '学雷锋志愿服务', '王芳', '2024-03-31'],
      [2, 3, '植树节团日', '李强', null],
      [3, 4, '清明祭扫', '王芳、李强', '2024-04-05'],
    ]);
  });

  it('reads the first 20000 rows of a longer sheet and says so', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Sheet1');
    ws.addRow(['月份', '工作内容']);
    ws.addRow(['3月', '学雷锋志愿服务']);
    ws.getRow(MAX_LINES + 5).getCell(1).value = '4月';
    ws.getRow(MAX_LINES + 5).getCell(2).value = '清明祭扫';
    const result = await importDocument(new Uint8Array(await workbook.xlsx.writeBuffer()), 'big.xlsx', { year: 2024 });
    expect(result.draft.items.map((i) => i.content)).toEqual(['学雷锋志愿服务']);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'truncated', line: MAX_LINES })]);
  });

  it('reads a UTF-8 CSV with a BOM, quoted commas and line breaks', async () => {
    const csv = '\ufeff月份,工作内容,负责人\n3月,"1.学雷锋,志愿服务\n2.植树节",王芳\n4月,清明祭扫,"王芳,李强"\n';
    const file = await readImportFile(new TextEncoder().encode(csv), '计划.csv');
    expect(file.format).toBe('csv');
    const { draft } = parsePlanText(file.text, { year: 2024 });
    expect(draft.items.map((i) => [i.startMonth, i.content, i.owners.length])).toEqual([
      [3, '学雷锋,志愿服务', 1],
      [3, '植树节', 1],
      [4, '清明祭扫', 2],
    ]);
  });
});

describe('text files', { timeout: 30_000 }, () => {
  it('decodes GBK (Notepad’s ANSI) as well as UTF-8', () => {
    expect(decodeText(new Uint8Array([0xc8, 0xfd, 0xd4, 0xc2, 0xb7, 0xdd]))).toBe('三月份');
  });

  it('reads a Word file whatever its name says, and a text file as text', async () => {
    expect((await readImportFile(await seed003Docx(), 'plan.txt')).format).toBe('docx');
    const text = await readImportFile(new TextEncoder().encode(seed('003')), 'plan.docx');
    expect(text.format).toBe('text');
    expect(text.text).toBe(seed('003'));
  });
});
