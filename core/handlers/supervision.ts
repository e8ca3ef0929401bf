import type { supervisionMethods } from '../contract/supervision-methods';
import type { HandlersFor } from '../dispatch';
import { roleMay } from '../domain/access';
import { authStatus, createUser, listUsers, login, logout, setupAdmin, updateUser } from '../services/accounts';
import { verifyAuditChain } from '../services/audit';
import { dashboardOf } from '../services/dashboard';
import { addEvidence, removeEvidence } from '../services/evidence';
import { addFinding, createInspection, deleteInspection, listInspections, updateFindingRectification, updateInspection } from '../services/inspections';
import { readScope } from '../services/read-scope';
import { getSettings, updateSettings } from '../services/settings';
import { supervisionOf } from '../services/supervision-view';
import { addProgress, decidePostponementRequest, requestPostponement, transitionItem } from '../services/workflow';

/** One line per supervision method, each delegating to a domain service. */
export const supervisionHandlers: HandlersFor<keyof typeof supervisionMethods> = {
  'items.transition': (input, ctx) => transitionItem(ctx, input),
  'items.supervision': ({ id }, ctx) => supervisionOf(ctx, id),

  'progress.add': (input, ctx) => addProgress(ctx, input),

  'evidence.add': (input, ctx) => addEvidence(ctx, input),
  'evidence.remove': ({ id }, ctx) => removeEvidence(ctx, id),

  'postponements.request': (input, ctx) => requestPostponement(ctx, input),
  'postponements.decide': (input, ctx) => decidePostponementRequest(ctx, input),

  'inspections.list': ({ planId, month }, ctx) => listInspections(ctx.store.orm, planId, month),
  'inspections.create': (input, ctx) => createInspection(ctx, input),
  'inspections.update': (input, ctx) => updateInspection(ctx, input),
  'inspections.delete': (input, ctx) => deleteInspection(ctx, input),
  'findings.add': (input, ctx) => addFinding(ctx, input),
  'findings.update': (input, ctx) => updateFindingRectification(ctx, input),

  'dashboard.get': (input, ctx) => dashboardOf(readScope(ctx), input, ctx.actor !== null && roleMay(ctx.actor.role, 'verify')),

  'auth.status': (_, ctx) => authStatus(ctx),
  'auth.setup': (input, ctx) => setupAdmin(ctx, input),
  'auth.login': (input, ctx) => login(ctx, input),
  'auth.logout': (_, ctx) => logout(ctx),
  'users.list': (_, ctx) => listUsers(ctx.store.orm),
  'users.create': (input, ctx) => createUser(ctx, input),
  'users.update': (input, ctx) => updateUser(ctx, input),

  'settings.get': (_, ctx) => getSettings(ctx.store.orm),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
  'audit.verify': (_, ctx) => verifyAuditChain(ctx.store.orm),
};
