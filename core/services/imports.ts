import type { Tx } from '../../db/client';
import { getPersonByName } from '../../db/queries/persons';
import { countPlanItems, getPlanByYear, getPlanRow, insertPlan, insertSection, sectionsOfPlan } from '../../db/queries/plans';
import { approvedPostponementsOfPlan } from '../../db/queries/history';
import { addOwners, addTargets, insertItem, listItemRows, ownersOfItems, replaceOwners, replaceTargets, searchItemRows, targetsOfItem, targetsOfPlan, updateItem } from '../../db/queries/items';
import { AppError } from '../contract/app-error';
import type { ItemDraft, PlanDraft } from '../contract/draft';
import type { ImportPreview } from '../contract/import';
import type { Ctx } from '../context';
import { fingerprintOf, mergeSummary, planMerge, type ExistingItem } from '../domain/import-merge';
import { groupBy } from '../domain/group-by';
import { periodLabel } from '../domain/months';
import { ImportError } from '../import/import-error';
import { recordAudit } from './audit';
import { readBlobVerified } from './evidence-store';
import { ensurePerson } from './persons';
import { localDate } from './read-scope';
import { backupBeforeChange } from './backups';
import { inSlicedTransaction } from './sliced-write';
import { runSliced, type Steps } from './steps';
import { inTransaction, nowIso } from './write';

/** What to read: the contract's pasted text or stored upload, or (the CLI on the machine itself) a file's bytes. */
type Source =
  | { kind: 'text'; text: string }
  | { kind: 'file'; sha256: string; fileName: string; sheet?: number | string }
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string; sheet?: number | string };

function sourceBytes(ctx: Ctx, source: Source): { bytes: Uint8Array; fileName: string; sheet?: number | string } {
  switch (source.kind) {
    case 'text':
      return { bytes: Buffer.from(source.text, 'utf8'), fileName: '粘贴的文字.txt' };
    case 'file':
      return { bytes: readBlobVerified(ctx.dataDir, source.sha256), fileName: source.fileName, sheet: source.sheet };
    case 'bytes':
      return source;
  }
}

// Existing items are read a page at a time: a 10,000-item plan in one query holds the event loop for a second.
const PAGE = 500;

/** The plan's current items in the comparable form the merge needs, in small steps; targets in one query. */
function* existingItems(tx: Tx, planId: number): Steps<ExistingItem[]> {
  const items: ExistingItem[] = [];
  const targets = groupBy(targetsOfPlan(tx, planId), (t) => t.itemId);
  for (let offset = 0; ; offset += PAGE) {
    const rows = searchItemRows(tx, { planId }, offset, PAGE).rows;
    if (rows.length === 0) return items;
    const owners = groupBy(ownersOfItems(tx, rows.map((r) => r.id)), (o) => o.itemId);
    yield;
    for (const row of rows) {
      items.push({
        id: row.id,
        seq: row.seq,
        content: row.content,
        isKey: row.isKey,
        period: periodLabel(row),
        fingerprint: fingerprintOf({ ...row, owners: owners.get(row.id) ?? [], targets: targets.get(row.id) ?? [] }),
      });
    }
    yield;
  }
}

/** Reads and parses a document or pasted text; nothing is written. */
export async function previewImport(ctx: Ctx, input: { year: number; source: Source; documentKind?: 'plan' | 'notice' }): Promise<ImportPreview> {
  const { bytes, fileName, sheet } = sourceBytes(ctx, input.source);
  // The readers pull in exceljs and jszip: loaded on the first preview, not at start-up.
  const { importDocument } = await import('../import/import-document');
  let result;
  try {
    result = await importDocument(bytes, fileName, {
      year: input.year, today: localDate(ctx.clock()), kind: input.documentKind, ...(sheet !== undefined ? { sheet } : {}),
    });
  } catch (error) {
    if (error instanceof ImportError) throw new AppError('BAD_INPUT', error.message, { importError: error.code });
    throw error;
  }
  const db = ctx.store.orm as unknown as Tx;
  const plan = getPlanByYear(db, input.year);
  const steps = plan ? planMerge(await runSliced(existingItems(db, plan.id)), result.draft.items) : result.draft.items.map((_, draftIndex) => ({ action: 'add' as const, draftIndex }));
  const names = [...new Set(result.draft.items.flatMap((i) => i.owners.map((o) => o.name)))];
  return {
    documentKind: result.kind,
    format: result.format,
    draft: result.draft,
    sourceLines: result.sourceLines,
    writtenPeriods: result.writtenPeriods,
    problems: result.problems,
    stats: { ...result.stats },
    persons: names.map((name) => ({ name, personId: getPersonByName(db, name)?.id ?? null })),
    steps: steps.map((s) => s.action),
    planExists: plan !== undefined,
    summary: mergeSummary(steps).message,
  };
}

function itemValues(draft: ItemDraft, sectionId: number | null) {
  return {
    sectionId, seq: draft.seq, content: draft.content, yearRound: draft.yearRound,
    startMonth: draft.yearRound ? null : draft.startMonth, endMonth: draft.yearRound ? null : (draft.endMonth ?? draft.startMonth),
    isKey: draft.isKey, dueDate: draft.dueDate, cadence: draft.cadence, notes: draft.notes, source: draft.source, sourceRef: draft.sourceRef,
  };
}

/**
 * Writes a (possibly edited) preview in one transaction: the year's plan is created if missing, sections
 * and persons matched by name, items added or updated by the merge rules. Items the document no longer
 * lists are left as they are — an import never deletes supervision history. Importing over a plan that
 * has items takes a backup first; a big document is written in slices (see sliced-write.ts).
 */
export async function commitImport(ctx: Ctx, draft: PlanDraft) {
  if (draft.items.some((i) => !i.yearRound && i.startMonth == null)) throw new AppError('BAD_INPUT', '有事项没有月份：请在预览中为其选择月份或“贯穿全年”');
  const existing = getPlanByYear(ctx.store.orm, draft.year);
  if (existing && countPlanItems(ctx.store.orm, existing.id) > 0) await backupBeforeChange(ctx, 'before-reimport', '导入');
  return inSlicedTransaction(ctx, function* (tx) {
    const plan = getPlanByYear(tx, draft.year) ?? insertPlan(tx, { year: draft.year, title: draft.title, organization: draft.organization });
    const sections = new Map(sectionsOfPlan(tx, plan.id).map((s) => [s.title, s.id]));
    for (const title of [...draft.sections.map((s) => s.title), ...draft.items.map((i) => i.sectionTitle).filter((t): t is string => !!t)])
      if (!sections.has(title)) sections.set(title, insertSection(tx, { planId: plan.id, ordinal: sections.size + 1, title }).id);
    const steps = planMerge(yield* existingItems(tx, plan.id), draft.items);
    yield;
    // Persons by name, looked up (or created) once per name for the whole document.
    const personIds = new Map<string, number>();
    const personId = (name: string) => personIds.get(name) ?? personIds.set(name, ensurePerson(tx, ctx, name)).get(name)!;
    for (const step of steps) {
      if (step.action === 'same') continue;
      const it = draft.items[step.draftIndex];
      const values = itemValues(it, it.sectionTitle ? (sections.get(it.sectionTitle) ?? null) : null);
      const owners = it.owners.map((o) => ({ personId: personId(o.name), role: o.role }));
      if (step.action === 'add') {
        const id = insertItem(tx, { planId: plan.id, ...values });
        addOwners(tx, id, owners);
        addTargets(tx, id, it.targets);
      } else {
        updateItem(tx, step.itemId, { ...values, updatedAt: nowIso(ctx) });
        replaceOwners(tx, step.itemId, owners);
        replaceTargets(tx, step.itemId, it.targets);
      }
      yield;
    }
    const summary = mergeSummary(steps);
    recordAudit(tx, ctx, { action: 'plan.import', entity: 'plan', entityId: plan.id, after: { year: draft.year, ...summary } });
    return { planId: plan.id, year: draft.year, ...summary };
  });
}

/** Moves a YYYY-MM-DD date by whole years (29 Feb becomes 28 Feb). */
function shiftYear(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * A new year's plan from an old one: sections, months and spans kept, owners kept if asked, every status
 * reset. Deadlines move by the years between, from the deadline as planned (not as postponed); one that
 * would fall outside the new year becomes the end of the item's span. Unfinished items can be carried over
 * (结转): the carried copy, linked to the old item so its history stays one click away, takes the place
 * of the plain copy — each item exists once in the new plan.
 */
export function copyPlan(ctx: Ctx, input: { fromPlanId: number; year: number; title?: string; keepOwners: boolean; carryOpen: boolean }) {
  return inTransaction(ctx, (tx) => {
    const from = getPlanRow(tx, input.fromPlanId);
    if (!from) throw new AppError('NOT_FOUND', '要复制的年度计划不存在');
    if (getPlanByYear(tx, input.year)) throw new AppError('CONFLICT', `${input.year}年度计划已存在，不能覆盖`);
    const years = input.year - from.year;
    const plan = insertPlan(tx, { year: input.year, title: input.title ?? from.title.replaceAll(String(from.year), String(input.year)), organization: from.organization });
    const sectionIds = new Map(sectionsOfPlan(tx, from.id).map((s) => [s.id, insertSection(tx, { planId: plan.id, ordinal: s.ordinal, title: s.title }).id]));
    const rows = listItemRows(tx, { planId: from.id });
    const owners = groupBy(ownersOfItems(tx, rows.map((r) => r.id)), (o) => o.itemId);
    const planned = new Map<number, string>();
    for (const p of approvedPostponementsOfPlan(tx, from.id)) if (!planned.has(p.itemId)) planned.set(p.itemId, p.previousDueDate);
    let carried = 0;
    let deadlinesReset = 0;
    for (const row of rows) {
      const carry = input.carryOpen && !row.yearRound && row.status !== 'done' && row.status !== 'cancelled';
      // Only an explicit deadline moves; the end of the span is the default in any year.
      const explicit = row.dueDate ? (planned.get(row.id) ?? row.dueDate) : null;
      const moved = explicit ? shiftYear(explicit, years) : null;
      const dueDate = moved?.startsWith(`${input.year}-`) ? moved : null;
      if (moved && !dueDate) deadlinesReset++;
      const id = insertItem(tx, {
        planId: plan.id, sectionId: row.sectionId ? (sectionIds.get(row.sectionId) ?? null) : null, seq: row.seq, content: row.content,
        startMonth: row.startMonth, endMonth: row.endMonth, yearRound: row.yearRound, isKey: row.isKey,
        dueDate, cadence: row.cadence, source: row.source, sourceRef: row.sourceRef,
        notes: carry ? `由${from.year}年结转（原事项未办结）${row.notes ? `；${row.notes}` : ''}` : row.notes,
        carriedFromItemId: carry ? row.id : null,
      });
      if (input.keepOwners) addOwners(tx, id, owners.get(row.id) ?? []);
      // The new year starts its targets without the old year's actuals.
      addTargets(tx, id, targetsOfItem(tx, row.id).map((t) => ({ ...t, actual: null })));
      if (carry) carried++;
    }
    const result = { planId: plan.id, copied: rows.length, carried, deadlinesReset };
    recordAudit(tx, ctx, { action: 'plan.copy', entity: 'plan', entityId: plan.id, after: { from: from.year, year: input.year, ...result } });
    return result;
  });
}
