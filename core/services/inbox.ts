import { listItemRows } from '../../db/queries/items';
import { listPlanRows } from '../../db/queries/plans';
import { openFindings, pendingPostponements, postponementsDecidedSince } from '../../db/queries/supervision';
import { getUserRow } from '../../db/queries/users';
import { INBOX_SECTION_LIMIT, type InboxEntry, type InboxView } from '../contract/inbox';
import type { ItemSummary } from '../contract/item';
import type { Actor } from '../context';
import { DECIDED_SHOWN_DAYS, INBOX_SECTION_INFO, INBOX_SECTIONS_OF_ROLE, type InboxSection } from '../domain/inbox';
import { isClosed } from '../domain/status';
import { toFindingView } from './inspections';
import { summarizeRows } from './items';
import type { ReadScope } from './read-scope';
import { toPostponementView } from './workflow';

type Entry = Omit<InboxEntry, 'plan'>;

/** The instant a number of days before the start of `today` (YYYY-MM-DD), as an ISO timestamp. */
function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString();
}

/**
 * The signed-in user's 待办 across every plan, by role (see core/domain/inbox). Once the office has plans
 * of its own the 示例 plan is left out; before that only what someone did in it counts, since its dates
 * lie in the past and all its owner-less items would crowd the list. 逾期/临期 are the user's own items
 * when the account is linked to a 责任人, else all of them (the clerk keeps the whole table).
 */
export function inboxOf(scope: ReadScope, actor: Actor): InboxView {
  const wanted = INBOX_SECTIONS_OF_ROLE[actor.role];
  const { db } = scope;
  const plans = listPlanRows(db);
  const own = plans.filter((p) => !p.isSample);
  const included = own.length > 0 ? own : plans;
  const personId = actor.userId != null ? (getUserRow(db, actor.userId)?.personId ?? null) : null;
  const samplePlan = !plans.some((p) => p.isSample) ? 'none' : own.length > 0 ? 'leftOut' : 'actionsOnly';
  if (wanted.length === 0) return { sections: [], count: 0, mine: false, samplePlan };

  const items = new Map<number, ItemSummary>();
  for (const plan of included) for (const summary of summarizeRows(scope, listItemRows(db, { planId: plan.id }))) items.set(summary.id, summary);
  const planOf = new Map(included.map((p) => [p.id, { id: p.id, year: p.year, isSample: p.isSample }]));
  const open = [...items.values()].filter((i) => !isClosed(i.status));
  // The state of the plan itself (late, owner-less) is the office's to act on, not the sample's.
  const ownOpen = open.filter((i) => !planOf.get(i.planId)!.isSample);
  const mine = (i: ItemSummary) => personId == null || i.owners.some((o) => o.personId === personId);
  const plain = (key: string) => (item: ItemSummary): Entry => ({ key: `${key}-${item.id}`, item, postponement: null, finding: null });

  const collect: Record<InboxSection, () => Entry[]> = {
    review: () => open.filter((i) => i.status === 'pending_review').map(plain('review')),
    postponement: () =>
      pendingPostponements(db).flatMap((p) => {
        const item = items.get(p.itemId);
        return item ? [{ key: `postponement-${p.id}`, item, postponement: toPostponementView(p), finding: null }] : [];
      }),
    finding: () =>
      openFindings(db).flatMap((f) => {
        const item = items.get(f.itemId);
        return item ? [{ key: `finding-${f.id}`, item, postponement: null, finding: toFindingView(f) }] : [];
      }),
    returned: () => open.filter((i) => i.status === 'returned').map(plain('returned')),
    overdue: () => ownOpen.filter((i) => i.warning === 'overdue' && mine(i)).map(plain('overdue')),
    dueSoon: () => ownOpen.filter((i) => i.warning === 'due_soon' && mine(i)).map(plain('dueSoon')),
    noOwner: () => ownOpen.filter((i) => i.owners.length === 0).map(plain('noOwner')),
    decided: () =>
      postponementsDecidedSince(db, daysBefore(scope.today, DECIDED_SHOWN_DAYS)).flatMap((p) => {
        const item = items.get(p.itemId);
        return item ? [{ key: `decided-${p.id}`, item, postponement: toPostponementView(p), finding: null }] : [];
      }),
  };

  const sections = wanted.map((key) => {
    const entries = collect[key]();
    return { key, total: entries.length, entries: entries.slice(0, INBOX_SECTION_LIMIT).map((e) => ({ ...e, plan: planOf.get(e.item.planId)! })) };
  });
  return {
    sections,
    count: sections.reduce((n, s) => n + (INBOX_SECTION_INFO[s.key].counted ? s.total : 0), 0),
    mine: personId != null,
    samplePlan,
  };
}
