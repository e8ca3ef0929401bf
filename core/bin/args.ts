import { parseArgs } from 'node:util';
import { AppError } from '../contract/app-error';

export type ArgSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Parses command-line flags; unknown or malformed flags become a Chinese BAD_INPUT error. */
export function parseFlags<S extends ArgSpec>(argv: string[], spec: S) {
  try {
    return parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('BAD_INPUT', `命令参数有误：${error instanceof Error ? error.message : String(error)}`);
  }
}

export function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new AppError('BAD_INPUT', `参数 --${name} 应为整数，收到“${value}”`);
  return n;
}

/**
 * A clock that starts at the given instant (ISO 8601) and runs on from there: `--now` shows the ledger
 * as on another day (training, and tests that pin "today"). Without it, the machine's clock.
 */
export function clockFlag(value: string | undefined): (() => Date) | undefined {
  if (value === undefined) return undefined;
  const start = Date.parse(value);
  if (Number.isNaN(start)) throw new AppError('BAD_INPUT', `参数 --now 应为时间，如 2026-03-16T09:00:00+08:00，收到“${value}”`);
  const launched = Date.now();
  return () => new Date(start + (Date.now() - launched));
}
