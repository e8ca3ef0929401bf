import { z } from 'zod';
import { empty, id, month, ok } from './common';
import { itemDetail } from './item';
import { method } from './method';
import {
  attachmentView, dashboardQuery, dashboardView, evidenceInput, findingInput, findingUpdate, findingView, inspectionDelete, inspectionInput, inspectionUpdate, inspectionView,
  loginInput, postponementDecision, postponementRequest, postponementView, progressInput, progressView, settingsUpdate,
  settingsView, setupInput, supervisionView, transitionInput, userCreate, userUpdate, userView,
} from './supervision';

const byId = z.object({ id });

/** Supervision (督查督办): workflow, progress, evidence, verification, inspections, dashboard, accounts. */
export const supervisionMethods = {
  'items.transition': method('write', transitionInput, itemDetail),
  'items.supervision': method('read', byId, supervisionView),

  'progress.add': method('write', progressInput, progressView),

  'evidence.add': method('write', evidenceInput, attachmentView),
  'evidence.remove': method('write', byId, ok),

  'postponements.request': method('write', postponementRequest, postponementView),
  'postponements.decide': method('verify', postponementDecision, postponementView),

  'inspections.list': method('read', z.object({ planId: id, month: month.optional() }), z.array(inspectionView)),
  'inspections.create': method('write', inspectionInput, inspectionView),
  'inspections.update': method('write', inspectionUpdate, inspectionView),
  'inspections.delete': method('write', inspectionDelete, ok),
  'findings.add': method('write', findingInput, findingView),
  'findings.update': method('write', findingUpdate, findingView),

  'dashboard.get': method('read', dashboardQuery, dashboardView, { builtOutput: true }),

  'auth.status': method('public', empty, z.object({ setupNeeded: z.boolean(), user: userView.nullable() })),
  'auth.setup': method('public', setupInput, z.object({ user: userView, session: z.string() })),
  'auth.login': method('public', loginInput, z.object({ user: userView, session: z.string() })),
  'auth.logout': method('public', empty, ok),
  'users.list': method('admin', empty, z.array(userView)),
  'users.create': method('admin', userCreate, userView),
  'users.update': method('admin', userUpdate, userView),

  'settings.get': method('read', empty, settingsView),
  'settings.update': method('admin', settingsUpdate, settingsView),
  'audit.verify': method('admin', empty, z.object({ intact: z.boolean(), count: z.number().int(), brokenAt: z.number().int().nullable(), message: z.string() })),
};
