import { afterEach, describe, expect, it } from 'vitest';
import { itemRowsByIds, itemRowsOfPlan, listItemRows } from '../../db/queries/items';
import { openTestLedger, type TestLedger } from '../helpers/temp-ledger';

// The list rows of chosen items come from one hand-written statement (the board's every card, a page of
// a list); they must be exactly the rows drizzle's own select gives, column for column.

const clock = () => new Date('2023-06-15T02:00:00Z');
let ledger: TestLedger;
afterEach(() => ledger?.close());

describe('item rows by id', () => {
  it('match the drizzle list rows field for field, in the order asked or in plan order, with progress and evidence', async () => {
    ledger = openTestLedger({ clock });
    const { planId } = await ledger.ok('demo.load', {});
    const db = ledger.app.store.orm;
    const all = listItemRows(db, { planId });
    await ledger.ok('progress.add', { itemId: all[3].id, date: '2023-06-01', text: '第一次进展', percent: 20 });
    await ledger.ok('progress.add', { itemId: all[3].id, date: '2023-06-10', text: '第二次进展', percent: 60 });
    const expected = listItemRows(db, { planId });
    expect(expected[3]).toMatchObject({ percent: 60, progressText: '第二次进展' });

    const ids = expected.map((r) => r.id).reverse();
    const byId = new Map(expected.map((r) => [r.id, r]));
    expect(itemRowsByIds(db, ids)).toEqual(ids.map((id) => byId.get(id)));
    expect(itemRowsByIds(db, [ids[0], 999_999, ids[1]]).map((r) => r.id)).toEqual([ids[0], ids[1]]);
    expect(itemRowsByIds(db, [])).toEqual([]);
    // A whole plan, in plan order.
    expect(itemRowsOfPlan(db, planId)).toEqual(expected);
  });
});
