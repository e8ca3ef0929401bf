import { z } from 'zod';
import { USER_ROLES } from '../domain/roles';
import { empty, ok } from './common';
import { method } from './method';

// 设置 → 局域网访问: sharing the ledger on the office network (off unless an administrator turns it on),
// and the signed-in sessions, which an administrator can end.

const ipv4 = z
  .string()
  .trim()
  .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, '请选择有效的网络地址（IPv4）');

export const lanSettings = z.object({
  enabled: z.boolean(),
  /** The interface to listen on; 0.0.0.0 is every one. */
  host: ipv4,
  port: z.number().int('端口应为整数').min(1024, '端口应在 1024–65535 之间').max(65535, '端口应在 1024–65535 之间'),
});
export type LanSettings = z.infer<typeof lanSettings>;

export const lanStatus = lanSettings.extend({
  /** False where nothing can host it (serve mode started with --lan already shares this server). */
  available: z.boolean(),
  running: z.boolean(),
  /** The addresses to open, each with its QR code (SVG) for phones. */
  addresses: z.array(z.object({ url: z.string(), qrSvg: z.string() })),
  interfaces: z.array(z.object({ name: z.string(), address: z.string() })),
  /** Why it is not running although turned on (port taken, address gone). */
  error: z.string().nullable(),
});
export type LanStatus = z.infer<typeof lanStatus>;

export const sessionView = z.object({
  id: z.string(),
  userName: z.string(),
  role: z.enum(USER_ROLES),
  client: z.string(),
  signedInAt: z.string(),
  lastSeen: z.string(),
  /** The caller's own session (it cannot end itself here: that is 退出登录). */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

export const lanMethods = {
  'lan.status': method('admin', empty, lanStatus),
  'lan.configure': method('admin', lanSettings, lanStatus),
  'sessions.list': method('admin', empty, z.array(sessionView)),
  'sessions.end': method('admin', z.object({ id: z.string().min(1).max(64) }), ok),
};
