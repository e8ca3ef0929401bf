// A call refused because the session ended (30 minutes idle, or signed out elsewhere) is not lost: it waits
// here while the sign-in dialog is up, and goes out again once the user has signed in. So a 保存 clicked
// after the session ended saves what was typed, after the re-login.

const lostListeners = new Set<() => void>();
let waiting: (() => void)[] = [];

/** Called when a call was refused for want of a session (AuthGate then asks for the password). */
export function onSessionLost(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

/** Resolves once the user has signed in again. */
export function signedIn(): Promise<void> {
  lostListeners.forEach((listener) => listener());
  return new Promise((resolve) => waiting.push(resolve));
}

/** The user signed in: the calls waiting go out again. */
export function sessionRenewed(): void {
  const resume = waiting;
  waiting = [];
  resume.forEach((go) => go());
}

/** Whether a refusal means "sign in again" (the sign-in methods themselves answer for themselves). */
export function needsSignIn(method: string, code: string): boolean {
  return code === 'UNAUTHENTICATED' && !method.startsWith('auth.');
}
