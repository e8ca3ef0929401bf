import type { LedgerApp } from '../app';
import { AppError } from '../contract/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../contract';
import { CLI_ACTOR } from '../context';

/** Calls a contract method as the machine-local CLI; a failure becomes an AppError with its Chinese message. */
export async function call<M extends MethodName>(app: LedgerApp, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = await app.call(method, input, CLI_ACTOR);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
  return envelope.data as MethodOutput<M>;
}

export async function planIdOfYear(app: LedgerApp, year: number | undefined): Promise<number> {
  if (year === undefined) throw new AppError('BAD_INPUT', '请用 --year 指定年度');
  const plan = (await call(app, 'plans.list', {})).find((p) => p.year === year);
  if (!plan) throw new AppError('NOT_FOUND', `${year}年度计划不存在（可用 plans 命令查看已有年度）`);
  return plan.id;
}
