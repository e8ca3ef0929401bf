import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../electron/native-binding';

describe('nativeBindingPath', () => {
  it('uses the repository build in development', () => {
    expect(nativeBindingPath({ isPackaged: false, appPath: '/repo', resourcesPath: '/electron/resources' })).toBe(
      path.join('/repo', '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('uses the extra resource in an installed app, outside app.asar', () => {
    expect(nativeBindingPath({ isPackaged: true, appPath: '/opt/app/resources/app.asar', resourcesPath: '/opt/app/resources' })).toBe(
      path.join('/opt/app/resources', 'native', 'better_sqlite3.node'),
    );
  });
});
