import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'LeagueLedger';

/**
 * The per-user application-data folder, the same one the desktop app uses, so serve mode and the
 * window see the same ledger: %APPDATA% on Windows, ~/Library/Application Support on macOS,
 * $XDG_CONFIG_HOME (~/.config) elsewhere. LEDGER_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.LEDGER_DATA_DIR) return path.resolve(env.LEDGER_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}
