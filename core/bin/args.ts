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
