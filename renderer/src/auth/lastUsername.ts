const KEY = 'leagueLedger.lastUsername';

/** The user name last signed in with on this computer, so the login asks only for the password. */
export function lastUsername(): string {
  return window.localStorage.getItem(KEY) ?? '';
}

export function rememberUsername(username: string): void {
  window.localStorage.setItem(KEY, username);
}
