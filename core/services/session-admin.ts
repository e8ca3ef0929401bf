import { listUserRows } from '../../db/queries/users';
import { AppError } from '../contract/app-error';
import type { SessionView } from '../contract/lan-methods';
import type { Ctx, UserRole } from '../context';
import { recordAudit } from './audit';
import { inTransaction } from './write';

// 设置 → 局域网访问 → 当前登录: who is signed in, from where, last seen; an administrator can end a session.

export function listSessions(ctx: Ctx): SessionView[] {
  const users = new Map(listUserRows(ctx.store.orm).map((u) => [u.id, u]));
  const own = ctx.sessionToken ? ctx.sessions.idOf(ctx.sessionToken) : null;
  return ctx.sessions.list().flatMap((s) => {
    const user = users.get(s.userId);
    if (!user) return [];
    return [{ id: s.id, userName: user.displayName, role: user.role as UserRole, client: s.client, signedInAt: s.signedInAt, lastSeen: s.lastSeen, current: s.id === own }];
  });
}

export function endSession(ctx: Ctx, id: string): { ok: true } {
  const session = listSessions(ctx).find((s) => s.id === id);
  if (!session) throw new AppError('NOT_FOUND', '该登录已结束（已退出或超时）');
  ctx.sessions.endById(id);
  inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, { action: 'session.end', entity: 'session', entityId: null, after: { user: session.userName, client: session.client } }),
  );
  return { ok: true };
}
