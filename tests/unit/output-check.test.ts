import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../core/context';
import { createDispatch, type HandlerTable } from '../../core/dispatch';
import { checkAllOutputs } from '../../core/output-check';

const ctx = { actor: { userId: 1, name: '测试', role: 'admin' } } as unknown as Ctx;
// A board whose handler broke its own contract (a count as text): caught where outputs are checked.
const broken = { 'items.board': () => ({ planId: 1, columns: [], keyTasks: [{ sectionId: null, title: '未分类', items: [], total: '3' }] }) } as unknown as HandlerTable;

describe('output checks', () => {
  it('are on in tests and development and where asked for, off in production', () => {
    expect(checkAllOutputs({ NODE_ENV: 'test' })).toBe(true);
    expect(checkAllOutputs({ NODE_ENV: 'development' })).toBe(true);
    expect(checkAllOutputs({ LEDGER_CHECK_OUTPUT: '1' })).toBe(true);
    expect(checkAllOutputs({})).toBe(false);
    expect(checkAllOutputs({ NODE_ENV: 'production' })).toBe(false);
  });

  it('reject an output that breaks the contract when on, and pass a built output through untouched when off', async () => {
    const checked = await createDispatch(broken, { checkOutputs: true })('items.board', { planId: 1 }, ctx);
    expect(checked.ok).toBe(false);
    const unchecked = await createDispatch(broken, { checkOutputs: false })('items.board', { planId: 1 }, ctx);
    expect(unchecked).toMatchObject({ ok: true, data: { keyTasks: [{ total: '3' }] } });
  });

  it('still parse the outputs of methods that do not build theirs field by field', async () => {
    const leaky = { 'plans.get': () => ({ id: 1, year: 2023, title: '计划', organization: '校团委', isSample: false, itemCount: 0, firstMonth: 2, sections: [], secret: 'x' }) } as unknown as HandlerTable;
    const result = await createDispatch(leaky, { checkOutputs: false })('plans.get', { id: 1 }, ctx);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data).not.toHaveProperty('secret');
  });
});
