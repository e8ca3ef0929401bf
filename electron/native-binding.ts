import path from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';
/** Where build/rebuild-electron-native.mjs puts the Electron-ABI build, beside node_modules' Node-ABI one. */
export const DEV_NATIVE_DIR = '.electron-native';
/** Where electron-builder's extraResources puts it in the installed app. */
export const PACKAGED_NATIVE_DIR = 'native';

export interface NativeLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the repository in development, resources/app.asar when installed. */
  appPath: string;
  /** process.resourcesPath: the installed app's resources folder. */
  resourcesPath: string;
}

/**
 * The better-sqlite3 addon built for Electron's ABI. node_modules keeps the Node build for tests and
 * serve mode, so the desktop app always names its own build explicitly.
 */
export function nativeBindingPath({ isPackaged, appPath, resourcesPath }: NativeLocation): string {
  return isPackaged ? path.join(resourcesPath, PACKAGED_NATIVE_DIR, NATIVE_FILE) : path.join(appPath, DEV_NATIVE_DIR, NATIVE_FILE);
}
