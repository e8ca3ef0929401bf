import { APP_VERSION } from '../version';
import type { HandlersFor } from '../dispatch';
import type { calendarMethods } from '../contract/calendar-methods';
import { listAudit } from '../services/audit';
import { loadDemo } from '../services/demo';
import { boardOf } from '../services/board';
import { bulkChangeItems } from '../services/bulk';
import { createItem, deleteItem, getItem, itemsOfPerson, nextSeqOf, searchItems, updateItem } from '../services/items';
import { monthItems } from '../services/month-items';
import { createPerson, getPerson, listPersons, updatePerson } from '../services/persons';
import { createPlan, createSection, deletePlan, deleteSection, getPlan, listPlans, updatePlan, updateSection } from '../services/plans';
import { localDate, readScope } from '../services/read-scope';
import { countPlans } from '../../db/queries/plans';

/** One line per calendar method, each delegating to a domain service. */
export const calendarHandlers: HandlersFor<keyof typeof calendarMethods> = {
  'app.info': (_, ctx) => {
    const planCount = countPlans(ctx.store.orm);
    return { version: APP_VERSION, planCount, firstRun: planCount === 0, today: localDate(ctx.clock()) };
  },
  'demo.load': (_, ctx) => loadDemo(ctx),

  'plans.list': (_, ctx) => listPlans(ctx.store.orm),
  'plans.get': ({ id }, ctx) => getPlan(ctx.store.orm, id),
  'plans.create': (input, ctx) => createPlan(ctx, input),
  'plans.update': (input, ctx) => updatePlan(ctx, input),
  'plans.delete': ({ id }, ctx) => deletePlan(ctx, id),

  'sections.create': (input, ctx) => createSection(ctx, input),
  'sections.update': (input, ctx) => updateSection(ctx, input),
  'sections.delete': ({ id }, ctx) => deleteSection(ctx, id),

  'items.get': ({ id }, ctx) => getItem(readScope(ctx), id),
  'items.create': (input, ctx) => createItem(ctx, input),
  'items.update': (input, ctx) => updateItem(ctx, input),
  'items.delete': ({ id }, ctx) => deleteItem(ctx, id),
  'items.search': (input, ctx) => searchItems(readScope(ctx), input),
  'items.month': (input, ctx) => monthItems(readScope(ctx), input),
  'items.board': (input, ctx) => boardOf(readScope(ctx), input),
  'items.bulk': (input, ctx) => bulkChangeItems(ctx, input),
  'items.nextSeq': ({ planId, ...place }, ctx) => ({ seq: nextSeqOf(ctx.store.orm, planId, place) }),

  'persons.list': ({ includeInactive }, ctx) => listPersons(ctx.store.orm, includeInactive),
  'persons.create': (input, ctx) => createPerson(ctx, input),
  'persons.update': (input, ctx) => updatePerson(ctx, input),
  'persons.items': ({ personId, planId, perGroup }, ctx) => ({
    person: getPerson(ctx.store.orm, personId),
    groups: itemsOfPerson(readScope(ctx), personId, planId, perGroup),
  }),

  'audit.list': ({ entity, entityId }, ctx) => listAudit(ctx, entity, entityId),
};
