import { z } from 'zod';
import { NewerDatabaseError } from '../db/client';
import { AppError, type AppErrorShape, type Envelope } from './contract/app-error';
import { contract, isMethodName, type MethodName, type MethodOutput, type ParsedInput } from './contract';
import type { Ctx } from './context';
import { roleMay, type Access } from './domain/access';
import { checkAllOutputs } from './output-check';
import { storageFailure } from './services/storage-failure';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: Ctx) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
export type HandlerTable = HandlersFor<MethodName>;

export type Dispatch = (method: string, input: unknown, ctx: Ctx) => Promise<Envelope<unknown>>;

/** Plain-Chinese summary of schema issues, e.g. "工作内容：请填写工作内容". */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => issue.message)
    .join('；');
}

/** Maps anything thrown below the contract to the one error shape. */
export function toAppError(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (error instanceof z.ZodError)
    return { code: 'BAD_INPUT', message: `输入有误：${describeIssues(error)}`, details: error.issues.map((i) => ({ path: i.path, message: i.message })) };
  if (error instanceof NewerDatabaseError) return { code: 'NEWER_DATABASE', message: error.message };
  const storage = storageFailure(error);
  if (storage) return storage.toShape();
  // The details go to the log; the user reads Chinese only (library messages are English).
  console.error('[dispatch] unexpected error', error);
  return { code: 'INTERNAL', message: '操作失败：程序内部错误。请重试；如仍失败，请联系管理员' };
}

const DENIED: Record<Exclude<Access, 'public' | 'read'>, string> = {
  write: '当前账号为只读权限，不能修改数据',
  verify: '只有指导老师或管理员可以进行此操作',
  admin: '只有管理员可以进行此操作',
};

/** Refuses a call the caller may not make: anonymous calls to non-public methods, and roles without the access. */
function refusal(method: MethodName, ctx: Ctx): AppError | undefined {
  const access = contract[method].access;
  if (access === 'public') return undefined;
  if (!ctx.actor) return new AppError('UNAUTHENTICATED', '尚未登录或登录已超时，请重新登录');
  if (roleMay(ctx.actor.role, access)) return undefined;
  return new AppError('FORBIDDEN', DENIED[access as keyof typeof DENIED]);
}

/** The single entry point of every transport: parse, authorize, call, and map errors. */
export function createDispatch(handlers: HandlerTable, { checkOutputs = checkAllOutputs() }: { checkOutputs?: boolean } = {}): Dispatch {
  return async (method, input, ctx) => {
    try {
      if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `未知的操作：${method}`);
      const refused = refusal(method, ctx);
      if (refused) throw refused;
      const parsed = contract[method].input.parse(input ?? {});
      const handler = handlers[method] as (input: unknown, ctx: Ctx) => unknown;
      const data = await handler(parsed, ctx);
      const spec = contract[method];
      return { ok: true, data: spec.builtOutput && !checkOutputs ? data : spec.output.parse(data) };
    } catch (error) {
      return { ok: false, error: toAppError(error) };
    }
  };
}
