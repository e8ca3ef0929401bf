import type { HandlerTable } from '../dispatch';
import { calendarHandlers } from './calendar';

/** The handler table: every contract method, merged from the domain tables. */
export const handlers: HandlerTable = {
  ...calendarHandlers,
};
