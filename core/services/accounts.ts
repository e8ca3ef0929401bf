import type { Db } from '../../db/client';
import { countUsers, getUserByName, getUserRow, insertUser, listUserRows, updateUser as updateUserRow, type UserRow } from '../../db/queries/users';
import { getPersonRow } from '../../db/queries/persons';
import { AppError, conflict, notFound } from '../contract/app-error';
import { password as passwordRule, type UserView } from '../contract/supervision';
import type { Ctx, UserRole } from '../context';
import { hashPassword, verifyPassword } from '../domain/password';
import { recordAudit } from './audit';
import { inTransaction } from './write';

export function toUserView(row: UserRow): UserView {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as UserRole, personId: row.personId, active: row.active };
}

export function authStatus(ctx: Ctx): { setupNeeded: boolean; user: UserView | null } {
  const user = ctx.actor?.userId != null ? getUserRow(ctx.store.orm, ctx.actor.userId) : undefined;
  return { setupNeeded: countUsers(ctx.store.orm) === 0, user: user ? toUserView(user) : null };
}

/** First run: the office creates its administrator with a password of its own choosing. */
export function setupAdmin(ctx: Ctx, input: { username: string; displayName: string; password: string }) {
  return inTransaction(ctx, (tx) => {
    if (countUsers(tx) > 0) throw new AppError('FORBIDDEN', '管理员已创建，请直接登录');
    const row = insertUser(tx, { username: input.username, displayName: input.displayName, role: 'admin', passwordHash: hashPassword(input.password) });
    const actor = { userId: row.id, name: row.displayName, role: 'admin' as const };
    recordAudit(tx, ctx, { action: 'user.setup', entity: 'user', entityId: row.id, after: toUserView(row) }, actor);
    return { user: toUserView(row), session: ctx.sessions.create(row.id) };
  });
}

export function login(ctx: Ctx, input: { username: string; password: string }) {
  const row = getUserByName(ctx.store.orm, input.username);
  // One message for unknown user and wrong password: no hint which one was wrong.
  if (!row || !verifyPassword(input.password, row.passwordHash)) throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  if (!row.active) throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员');
  return { user: toUserView(row), session: ctx.sessions.create(row.id) };
}

export function logout(ctx: Ctx): { ok: true } {
  if (ctx.sessionToken) ctx.sessions.end(ctx.sessionToken);
  return { ok: true };
}

export function listUsers(db: Db): UserView[] {
  return listUserRows(db).map(toUserView);
}

function checkPerson(db: Db, personId: number | null): void {
  if (personId != null && !getPersonRow(db, personId)) throw notFound('所关联的责任人');
}

export function createUser(ctx: Ctx, input: { username: string; displayName: string; role: UserRole; password: string; personId: number | null }): UserView {
  return inTransaction(ctx, (tx) => {
    if (getUserByName(tx, input.username)) throw conflict(`用户名“${input.username}”已被使用`);
    checkPerson(tx, input.personId);
    const row = insertUser(tx, { ...input, passwordHash: hashPassword(input.password) });
    recordAudit(tx, ctx, { action: 'user.create', entity: 'user', entityId: row.id, after: toUserView(row) });
    return toUserView(row);
  });
}

/** Updates an account; a password here is an administrator's reset. The last active admin cannot be demoted. */
export function updateUser(
  ctx: Ctx,
  input: { id: number; displayName: string; role: UserRole; personId: number | null; active: boolean; password?: string },
): UserView {
  return inTransaction(ctx, (tx) => {
    const before = getUserRow(tx, input.id);
    if (!before) throw notFound('该账号');
    checkPerson(tx, input.personId);
    const losingAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
    if (losingAdmin && listUserRows(tx).filter((u) => u.role === 'admin' && u.active).length === 1)
      throw conflict('至少需要保留一个启用的管理员账号');
    const { id, password, ...values } = input;
    const row = updateUserRow(tx, id, { ...values, ...(password ? { passwordHash: hashPassword(password) } : {}) });
    if (password || !input.active) ctx.sessions.endAllOf(id);
    recordAudit(tx, ctx, {
      action: password ? 'user.password' : 'user.update', entity: 'user', entityId: id,
      before: toUserView(before), after: toUserView(row),
    });
    return toUserView(row);
  });
}

/** Machine-local recovery (CLI): set a password by username. */
export function resetPassword(ctx: Ctx, username: string, password: string): UserView {
  passwordRule.parse(password);
  const row = getUserByName(ctx.store.orm, username);
  if (!row) throw notFound(`账号“${username}”`);
  return updateUser(ctx, { id: row.id, displayName: row.displayName, role: row.role as UserRole, personId: row.personId, active: true, password });
}
