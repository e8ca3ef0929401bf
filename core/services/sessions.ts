import { createHash, randomBytes } from 'node:crypto';

/** A live session as an administrator sees it: never its token, only a handle derived from it. */
export interface SessionInfo {
  /** A short hash of the token: names the session for 结束 without revealing it. */
  id: string;
  userId: number;
  /** Where it signed in from: an IP address, or 'local' (the desktop window). */
  client: string;
  signedInAt: string;
  lastSeen: string;
}

/** Login sessions, kept in memory: a restart signs everyone out, which suits a single office machine. */
export interface SessionRegistry {
  create(userId: number, client?: string): string;
  /** The user of a live session, extending it; null when unknown or idle too long. */
  touch(token: string): number | null;
  /** The user of a live session without extending it (calls a page makes on its own, e.g. polling). */
  peek(token: string): number | null;
  end(token: string): void;
  endAllOf(userId: number): void;
  /** Signs everyone out (after a restore the accounts may differ). */
  endEveryone(): void;
  /** The live sessions, most recently seen first (idle ones are dropped on the way). */
  list(): SessionInfo[];
  /** Ends the session with this handle; false when there is none (already ended or timed out). */
  endById(id: string): boolean;
  /** The handle of a token (so a caller can recognise its own session in the list). */
  idOf(token: string): string;
}

export const SESSION_IDLE_MINUTES = 30;

const handleOf = (token: string) => createHash('sha256').update(token).digest('base64url').slice(0, 16);

export function createSessionRegistry(clock: () => Date, idleMinutes = SESSION_IDLE_MINUTES): SessionRegistry {
  const sessions = new Map<string, { userId: number; client: string; signedInAt: number; lastSeen: number }>();
  const idleMs = idleMinutes * 60_000;
  const expired = (lastSeen: number, now: number) => now - lastSeen > idleMs;
  return {
    create(userId, client = 'local') {
      const token = randomBytes(32).toString('base64url');
      const now = clock().getTime();
      sessions.set(token, { userId, client, signedInAt: now, lastSeen: now });
      return token;
    },
    touch(token) {
      const session = sessions.get(token);
      const now = clock().getTime();
      if (!session) return null;
      if (expired(session.lastSeen, now)) {
        sessions.delete(token);
        return null;
      }
      session.lastSeen = now;
      return session.userId;
    },
    peek(token) {
      const session = sessions.get(token);
      return session && !expired(session.lastSeen, clock().getTime()) ? session.userId : null;
    },
    end(token) {
      sessions.delete(token);
    },
    endAllOf(userId) {
      for (const [token, s] of sessions) if (s.userId === userId) sessions.delete(token);
    },
    endEveryone() {
      sessions.clear();
    },
    list() {
      const now = clock().getTime();
      const live: SessionInfo[] = [];
      for (const [token, s] of sessions) {
        if (expired(s.lastSeen, now)) sessions.delete(token);
        else
          live.push({ id: handleOf(token), userId: s.userId, client: s.client, signedInAt: new Date(s.signedInAt).toISOString(), lastSeen: new Date(s.lastSeen).toISOString() });
      }
      return live.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
    },
    endById(id) {
      for (const token of sessions.keys())
        if (handleOf(token) === id) {
          sessions.delete(token);
          return true;
        }
      return false;
    },
    idOf: handleOf,
  };
}
