import { z } from 'zod';
import { backupMethods } from './backup-methods';
import { calendarMethods } from './calendar-methods';
import { exportMethods } from './export-methods';
import { importMethods } from './import-methods';
import { inboxMethods } from './inbox-methods';
import { lanMethods } from './lan-methods';
import { syncMethods } from './sync-methods';
import { supervisionMethods } from './supervision-methods';

export type { Access } from './method';

// Messages of zod's built-in checks in Chinese (wherever the contract is loaded: backend and forms),
// for the fields our schemas do not word themselves.
z.config(z.locales.zhCN());

/**
 * The one API contract: every transport (IPC, HTTP, CLI) and the renderer's client derive from it.
 * Methods are grouped by domain in their own files and merged here.
 */
export const contract = {
  ...calendarMethods,
  ...supervisionMethods,
  ...importMethods,
  ...inboxMethods,
  ...exportMethods,
  ...backupMethods,
  ...lanMethods,
  ...syncMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.infer<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
