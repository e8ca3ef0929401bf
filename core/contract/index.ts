import { z } from 'zod';
import { auditQuery, auditView } from './audit';
import { empty, id, ok, paged } from './common';
import { boardView, itemDetail, itemInput, itemSearch, itemSummary, itemUpdate, monthQuery, monthView } from './item';
import { personInput, personUpdate, personView } from './person';
import { planInput, planUpdate, planView, sectionInput, sectionUpdate, sectionView } from './plan';

/**
 * Who may call a method. 'read' methods only look; 'write' methods change the plan. The dispatch
 * enforces it, so a hidden button is never the only guard.
 */
export type Access = 'read' | 'write';

function method<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(access: Access, input: I, output: O) {
  return { access, input, output };
}

// Messages of zod's built-in checks in Chinese (wherever the contract is loaded: backend and forms),
// for the fields our schemas do not word themselves.
z.config(z.locales.zhCN());

const byId = z.object({ id });

/** The one API contract: every transport (IPC, HTTP, CLI) and the renderer's client derive from it. */
export const contract = {
  'app.info': method('read', empty, z.object({ version: z.string(), planCount: z.number().int(), firstRun: z.boolean() })),
  'demo.load': method('write', empty, z.object({ planId: id, year: z.number().int() })),

  'plans.list': method('read', empty, z.array(planView)),
  'plans.get': method('read', byId, planView),
  'plans.create': method('write', planInput, planView),
  'plans.update': method('write', planUpdate, planView),
  'plans.delete': method('write', byId, ok),

  'sections.create': method('write', sectionInput, sectionView),
  'sections.update': method('write', sectionUpdate, sectionView),
  'sections.delete': method('write', byId, ok),

  'items.get': method('read', byId, itemDetail),
  'items.create': method('write', itemInput, itemDetail),
  'items.update': method('write', itemUpdate, itemDetail),
  'items.delete': method('write', byId, ok),
  'items.search': method('read', itemSearch, paged(itemSummary)),
  'items.month': method('read', monthQuery, monthView),
  'items.board': method('read', z.object({ planId: id }), boardView),

  'persons.list': method('read', z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }), z.array(personView)),
  'persons.create': method('write', personInput, personView),
  'persons.update': method('write', personUpdate, personView),
  'persons.items': method(
    'read',
    z.object({ personId: id, planId: id }),
    z.object({ person: personView, groups: z.array(z.object({ period: z.string(), items: z.array(itemSummary) })) }),
  ),

  'audit.list': method('read', auditQuery, z.array(auditView)),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.infer<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
