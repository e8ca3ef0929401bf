import type { HandlerTable } from '../dispatch';
import { backupHandlers } from './backup';
import { calendarHandlers } from './calendar';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { inboxHandlers } from './inbox';
import { lanHandlers } from './lan';
import { syncHandlers } from './sync';
import { supervisionHandlers } from './supervision';

/** The handler table: every contract method, merged from the domain tables. */
export const handlers: HandlerTable = {
  ...calendarHandlers,
  ...supervisionHandlers,
  ...importHandlers,
  ...inboxHandlers,
  ...exportHandlers,
  ...backupHandlers,
  ...lanHandlers,
  ...syncHandlers,
};
