import path from 'node:path';
import type { backupMethods } from '../contract/backup-methods';
import type { HandlersFor } from '../dispatch';
import { createBackup, inspectBackup, listBackupsView, restoreFromBackup } from '../services/backups';

/** One line per backup method, each delegating to the backup service. */
export const backupHandlers: HandlersFor<keyof typeof backupMethods> = {
  'backups.list': (_, ctx) => listBackupsView(ctx, ctx.host.automaticBackupError()),
  'backups.create': (input, ctx) => createBackup(ctx, input),
  'backups.inspect': ({ file }, ctx) => inspectBackup(ctx, path.resolve(file)),
  'backups.restore': (input, ctx) => restoreFromBackup(ctx, input),
};
