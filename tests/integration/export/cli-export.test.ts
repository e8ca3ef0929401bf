import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../../core/bin/cli-export';
import { tempDir, type TestLedger } from '../../helpers/temp-ledger';
import { openDemoLedger } from '../../fixtures/export/ledger-rows';
import { readWorkbook } from '../../fixtures/export/readers';

// `npm run cli -- export …` writes the same files as the app, through the contract.

let ledger: TestLedger;
const out = tempDir('ledger-cli-export-');

beforeAll(async () => {
  ({ ledger } = await openDemoLedger());
});
afterAll(() => ledger.close());

describe('cli export', () => {
  it('writes the ledger and reports progress', async () => {
    const lines: string[] = [];
    const file = path.join(out, '台账.xlsx');
    const summary = await runExportCommand(ledger.app, ['ledger', '--year', '2023', '--out', file], (l) => lines.push(l));
    expect(lines).toEqual(['正在导出督查台账……']);
    expect(summary).toMatch(/^已导出 .*台账\.xlsx（[\d.]+ KB，用时 [\d.]+ 秒）$/);
    expect((await readWorkbook(fs.readFileSync(file))).worksheets).toHaveLength(13);
  });

  it('picks the format from the file extension and issues numbers for notices', async () => {
    const month = path.join(out, '三月.xlsx');
    await runExportCommand(ledger.app, ['month', '--year', '2023', '--month', '3', '--out', month], () => {});
    expect(fs.readFileSync(month).subarray(0, 2).toString()).toBe('PK');
    const summary = await runExportCommand(ledger.app, ['notices', '--year', '2023', '--owner', '鲁若曦', '--out', path.join(out, 'n.docx')], () => {});
    expect(summary).toContain('编号 督办〔2023〕第1号');
  });

  it('explains what is missing in Chinese', async () => {
    await expect(runExportCommand(ledger.app, ['month', '--year', '2023'], () => {})).rejects.toThrow('请用 --month 指定月份');
    await expect(runExportCommand(ledger.app, ['ledger', '--year', '1999'], () => {})).rejects.toThrow('1999年度计划不存在');
    await expect(runExportCommand(ledger.app, ['poster'], () => {})).rejects.toThrow('请指定要导出的表单');
  });
});
