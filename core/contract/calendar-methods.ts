import { z } from 'zod';
import { auditQuery, auditView } from './audit';
import { empty, id, ok, paged } from './common';
import { boardQuery, boardView, bulkInput, bulkResult, pageSize, personItemGroup, itemDetail, itemInput, itemSearch, itemSummary, itemUpdate, monthQuery, monthView, seqPlace } from './item';
import { method } from './method';
import { personInput, personUpdate, personView } from './person';
import { planInput, planUpdate, planView, sectionInput, sectionUpdate, sectionView } from './plan';

const byId = z.object({ id });

/** Plans, sections, items, owners: the year/month work calendar. */
export const calendarMethods = {
  /** today: the office's calendar date by the ledger's clock, which every page's defaults follow. */
  'app.info': method('public', empty, z.object({ version: z.string(), planCount: z.number().int(), firstRun: z.boolean(), today: z.string() })),
  'demo.load': method('write', empty, z.object({ planId: id, year: z.number().int() })),

  'plans.list': method('read', empty, z.array(planView)),
  'plans.get': method('read', byId, planView),
  'plans.create': method('write', planInput, planView),
  'plans.update': method('write', planUpdate, planView),
  'plans.delete': method('admin', byId, ok),

  'sections.create': method('write', sectionInput, sectionView),
  'sections.update': method('write', sectionUpdate, sectionView),
  'sections.delete': method('write', byId, ok),

  'items.get': method('read', byId, itemDetail),
  'items.create': method('write', itemInput, itemDetail),
  'items.update': method('write', itemUpdate, itemDetail),
  'items.delete': method('write', byId, ok),
  'items.search': method('read', itemSearch, paged(itemSummary), { builtOutput: true }),
  'items.month': method('read', monthQuery, monthView, { builtOutput: true }),
  'items.board': method('read', boardQuery, boardView, { builtOutput: true }),
  /** One change to many items; one audit event per item. */
  'items.bulk': method('write', bulkInput, bulkResult),
  'items.nextSeq': method('read', seqPlace, z.object({ seq: z.number().int() })),

  'persons.list': method('read', z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }), z.array(personView)),
  'persons.create': method('write', personInput, personView),
  'persons.update': method('write', personUpdate, personView),
  'persons.items': method(
    'read',
    z.object({ personId: id, planId: id, /** Items shown per group; without it, all. */ perGroup: pageSize.optional() }),
    z.object({ person: personView, groups: z.array(personItemGroup) }),
    { builtOutput: true },
  ),

  'audit.list': method('read', auditQuery, z.array(auditView)),
};
