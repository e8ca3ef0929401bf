import { randomBytes } from 'node:crypto';

/** Login sessions, kept in memory: a restart signs everyone out, which suits a single office machine. */
export interface SessionRegistry {
  create(userId: number): string;
  /** The user of a live session, extending it; null when unknown or idle too long. */
  touch(token: string): number | null;
  end(token: string): void;
  endAllOf(userId: number): void;
  /** Signs everyone out (after a restore the accounts may differ). */
  endEveryone(): void;
}

export const SESSION_IDLE_MINUTES = 30;

export function createSessionRegistry(clock: () => Date, idleMinutes = SESSION_IDLE_MINUTES): SessionRegistry {
  const sessions = new Map<string, { userId: number; lastSeen: number }>();
  const idleMs = idleMinutes * 60_000;
  return {
    create(userId) {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { userId, lastSeen: clock().getTime() });
      return token;
    },
    touch(token) {
      const session = sessions.get(token);
      const now = clock().getTime();
      if (!session) return null;
      if (now - session.lastSeen > idleMs) {
        sessions.delete(token);
        return null;
      }
      session.lastSeen = now;
      return session.userId;
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
  };
}
