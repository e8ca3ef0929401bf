import type { Db } from '../../db/client';
import { getPersonByName, getPersonRow, insertPerson, listPersonRows, updatePerson as updatePersonRow } from '../../db/queries/persons';
import { conflict, notFound } from '../contract/app-error';
import type { PersonInput, PersonView } from '../contract/person';
import type { Ctx } from '../context';
import { recordAudit } from './audit';
import { inTransaction } from './write';

export function listPersons(db: Db, includeInactive: boolean): PersonView[] {
  return listPersonRows(db, includeInactive).map(toView);
}

function toView(row: { id: number; name: string; title: string; department: string; active: boolean; itemCount: number }): PersonView {
  const { id, name, title, department, active, itemCount } = row;
  return { id, name, title, department, active, itemCount };
}

export function getPerson(db: Db, id: number): PersonView {
  const row = getPersonRow(db, id);
  if (!row) throw notFound('该责任人');
  return toView(row);
}

function ensureNameFree(db: Db, name: string, exceptId?: number): void {
  const existing = getPersonByName(db, name);
  if (existing && existing.id !== exceptId)
    throw conflict(existing.active ? `责任人“${name}”已存在` : `责任人“${name}”已存在（已停用），可在责任人列表中重新启用`);
}

export function createPerson(ctx: Ctx, input: PersonInput): PersonView {
  return inTransaction(ctx, (tx) => {
    ensureNameFree(tx, input.name);
    const row = insertPerson(tx, input);
    recordAudit(tx, ctx, { action: 'person.create', entity: 'person', entityId: row.id, after: input });
    return getPerson(tx, row.id);
  });
}

/** Persons are deactivated, never deleted: their past items keep their names. */
export function updatePerson(ctx: Ctx, input: PersonInput & { id: number; active?: boolean }): PersonView {
  return inTransaction(ctx, (tx) => {
    const before = getPerson(tx, input.id);
    ensureNameFree(tx, input.name, input.id);
    const { id, ...values } = input;
    updatePersonRow(tx, id, values);
    const after = getPerson(tx, id);
    recordAudit(tx, ctx, { action: 'person.update', entity: 'person', entityId: id, before, after });
    return after;
  });
}

/** Finds a person by name or creates one (used by loading a plan and by the CLI's --owner). */
export function ensurePerson(tx: Db, ctx: Ctx, name: string): number {
  const existing = getPersonByName(tx, name);
  if (existing) return existing.id;
  const row = insertPerson(tx, { name });
  recordAudit(tx, ctx, { action: 'person.create', entity: 'person', entityId: row.id, after: { name } });
  return row.id;
}
