import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestLedger } from '../../helpers/temp-ledger';
import { decode, openDemoLedger, personId } from '../../fixtures/export/ledger-rows';
import { readWorkbook } from '../../fixtures/export/readers';

// An export that would be empty says why instead of writing an empty file (and takes no number); a
// filtered ledger says its filter in its file name, its titles and its 汇总.

let ledger: TestLedger;
let planId: number;

beforeAll(async () => {
  ({ ledger, planId } = await openDemoLedger());
});
afterAll(() => ledger.close());

const refusal = async (method: string, input: unknown) => {
  const envelope = await ledger.raw(method, input);
  expect(envelope.ok).toBe(false);
  return (envelope as { error: { code: string; message: string } }).error;
};

describe('empty exports', () => {
  it('refuses a plan with no items, a month with none, an owner with none — and a 通报 with nothing to report takes no number', async () => {
    const empty = await ledger.ok('plans.create', { year: 2030, title: '2030年工作计划', organization: '校团委' });
    expect(await refusal('exports.ledger', { planId: empty.id })).toEqual({ code: 'BAD_INPUT', message: '2030年度计划还没有工作事项，未生成台账' });
    expect(await refusal('exports.csv', { planId: empty.id })).toMatchObject({ message: '2030年度计划还没有工作事项，未生成文件' });
    expect(await refusal('exports.month', { planId: empty.id, month: 3, format: 'xlsx' })).toMatchObject({ message: '2030年3月没有需要列入推进表的工作事项，未生成文件' });
    expect(await refusal('exports.report', { planId: empty.id, fromMonth: 3 })).toMatchObject({ message: '2030年3月没有纳入督查的工作事项，未生成通报' });
    expect(await refusal('exports.submission', { planId: empty.id, period: 'year', format: 'docx' })).toMatchObject({ message: '2030年度没有需要报送的工作事项，未生成文件' });
    const stranger = await ledger.ok('persons.create', { name: '无事项的人' });
    expect(await refusal('exports.ledger', { planId, filter: { personId: stranger.id } })).toMatchObject({
      message: '2023年度计划中没有符合条件（无事项的人）的事项，未生成台账',
    });
    expect(ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM issued_document').get()).toEqual({ n: 0 });
  });
});

describe('a filtered 督查台账', () => {
  it('names its filter in the file name, every sheet title and the 汇总', async () => {
    const zhang = personId(ledger, '张星月');
    const file = await ledger.ok('exports.ledger', { planId, filter: { personId: zhang } });
    expect(file.fileName).toBe('2023年度督查台账（张星月）.xlsx');
    const workbook = await readWorkbook(decode(file));
    for (const sheet of workbook.worksheets) expect(String(sheet.getCell('A1').value)).toContain('2023年度工作督查台账（张星月）');
    const labels: string[] = [];
    workbook.getWorksheet('汇总')!.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).toContain('本台账事项（张星月）');
    expect(labels).not.toContain('全部事项');
    const owned = ledger.app.store.sqlite.prepare('SELECT count(*) AS n FROM item_owner WHERE person_id = ?').get(zhang) as { n: number };
    const row = workbook.getWorksheet('汇总')!.getRow(labels.indexOf('本台账事项（张星月）') + 1);
    expect(row.getCell(2).value).toBe(owned.n);
    const csv = await ledger.ok('exports.csv', { planId, filter: { personId: zhang, status: 'not_started' } });
    expect(csv.fileName).toBe('2023年度工作事项（张星月、未开始）.csv');
  });
});
