import type { Db } from '../../db/client';
import { countUsers, getUserByName, getUserRow, insertUser, listUserRows, updateUser as updateUserRow, type UserRow } from '../../db/queries/users';
import { personExists } from '../../db/queries/persons';
import { AppError, conflict, notFound } from '../contract/app-error';
import { password as passwordRule, type UserView } from '../contract/supervision';
import type { Ctx, UserRole } from '../context';
import { throttledMessage } from '../domain/login-delay';
import { decoyHash, hashPassword, verifyPassword } from '../domain/password';
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
export async function setupAdmin(ctx: Ctx, input: { username: string; displayName: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, (tx) => {
    if (countUsers(tx) > 0) throw new AppError('FORBIDDEN', '管理员已创建，请直接登录');
    const row = insertUser(tx, { username: input.username, displayName: input.displayName, role: 'admin', passwordHash });
    const actor = { userId: row.id, name: row.displayName, role: 'admin' as const };
    recordAudit(tx, ctx, { action: 'user.setup', entity: 'user', entityId: row.id, after: toUserView(row) }, actor);
    return { user: toUserView(row), session: ctx.sessions.create(row.id, ctx.client) };
  });
}

/** Someone outside the app (no session): the actor of a failed sign-in in the audit record. */
const SIGN_IN_ACTOR = { userId: null, name: '未登录用户', role: 'viewer' as const };

/** A wrong username or password goes into the audit record; a full disk must not turn it into another error. */
function recordFailedLogin(ctx: Ctx, username: string, userId: number | null): void {
  try {
    inTransaction(ctx, (tx) =>
      recordAudit(tx, ctx, { action: 'auth.fail', entity: 'user', entityId: userId, after: { username, client: ctx.client } }, SIGN_IN_ACTOR),
    );
  } catch (error) {
    console.error('[accounts] could not record a failed sign-in', error);
  }
}

/**
 * Signs in. After repeated failures for the username or from the client the attempt is refused without
 * checking, with how long to wait. The attempt counts as a failure before the (async) check, so parallel
 * guesses cannot slip past the limit; unknown usernames are checked against a decoy hash, so both
 * answers take the same time.
 */
export async function login(ctx: Ctx, input: { username: string; password: string }) {
  const wait = ctx.loginThrottle.waitMs(input.username, ctx.client);
  if (wait > 0) throw new AppError('THROTTLED', throttledMessage(wait));
  const waitAfterThis = ctx.loginThrottle.failed(input.username, ctx.client);
  const row = getUserByName(ctx.store.orm, input.username);
  const matches = await verifyPassword(input.password, row?.passwordHash ?? (await decoyHash()));
  if (!row || !matches) {
    recordFailedLogin(ctx, input.username, row?.id ?? null);
    // One message for unknown user and wrong password: no hint which one was wrong.
    throw new AppError('UNAUTHENTICATED', waitAfterThis > 0 ? `用户名或密码错误。${throttledMessage(waitAfterThis)}` : '用户名或密码错误');
  }
  ctx.loginThrottle.succeeded(input.username, ctx.client);
  if (!row.active) throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员');
  return { user: toUserView(row), session: ctx.sessions.create(row.id, ctx.client) };
}

export function logout(ctx: Ctx): { ok: true } {
  if (ctx.sessionToken) ctx.sessions.end(ctx.sessionToken);
  return { ok: true };
}

export function listUsers(db: Db): UserView[] {
  return listUserRows(db).map(toUserView);
}

function checkPerson(db: Db, personId: number | null): void {
  if (personId != null && !personExists(db, personId)) throw notFound('所关联的责任人');
}

export async function createUser(ctx: Ctx, input: { username: string; displayName: string; role: UserRole; password: string; personId: number | null }): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, (tx) => {
    if (getUserByName(tx, input.username)) throw conflict(`用户名“${input.username}”已被使用`);
    checkPerson(tx, input.personId);
    const row = insertUser(tx, { ...input, passwordHash });
    recordAudit(tx, ctx, { action: 'user.create', entity: 'user', entityId: row.id, after: toUserView(row) });
    return toUserView(row);
  });
}

/** Updates an account; a password here is an administrator's reset. The last active admin cannot be demoted. */
export async function updateUser(
  ctx: Ctx,
  input: { id: number; displayName: string; role: UserRole; personId: number | null; active: boolean; password?: string },
): Promise<UserView> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inTransaction(ctx, (tx) => {
    const before = getUserRow(tx, input.id);
    if (!before) throw notFound('该账号');
    checkPerson(tx, input.personId);
    const losingAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
    if (losingAdmin && listUserRows(tx).filter((u) => u.role === 'admin' && u.active).length === 1)
      throw conflict('至少需要保留一个启用的管理员账号');
    const { id, password, ...values } = input;
    const row = updateUserRow(tx, id, { ...values, ...(passwordHash ? { passwordHash } : {}) });
    if (password || !input.active) ctx.sessions.endAllOf(id);
    recordAudit(tx, ctx, {
      action: password ? 'user.password' : 'user.update', entity: 'user', entityId: id,
      before: toUserView(before), after: toUserView(row),
    });
    return toUserView(row);
  });
}

/** Machine-local recovery (CLI): set a password by username. */
export function resetPassword(ctx: Ctx, username: string, password: string): Promise<UserView> {
  passwordRule.parse(password);
  const row = getUserByName(ctx.store.orm, username);
  if (!row) throw notFound(`账号“${username}”`);
  return updateUser(ctx, { id: row.id, displayName: row.displayName, role: row.role as UserRole, personId: row.personId, active: true, password });
}
