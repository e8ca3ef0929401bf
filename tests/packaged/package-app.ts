import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';
import { buildBundle, root } from '../../build/bundles.mjs';

// Builds the desktop app as users install it, without the Electron program: the two bundles into a staging
// project, then `electron-builder --dir` with the project's electron-builder.yml and a placeholder
// `electronDist` folder (electron-builder then downloads nothing), then app.asar is listed and extracted.

export interface PackagedApp {
  /** resources/ of the unpacked app: app.asar and native/. */
  resourcesDir: string;
  /** Every path inside app.asar, '/'-separated and without the leading slash. */
  asarFiles: string[];
  /** app.asar extracted, for running its main.js under Node. */
  appDir: string;
}

export function packageApp(workDir: string): PackagedApp {
  const stage = path.join(workDir, 'stage');
  buildBundle('renderer', { outDir: path.join(stage, 'dist', 'renderer'), force: true });
  buildBundle('electron', { outDir: path.join(stage, 'dist', 'electron'), force: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(stage, 'package.json'));
  fs.cpSync(path.join(root, 'db', 'migrations'), path.join(stage, 'db', 'migrations'), { recursive: true });
  // The Electron-ABI addon cannot be built without Electron's headers; the Node-ABI build stands in for it,
  // which is also the one the stand-in `electron` (plain Node) can load.
  fs.mkdirSync(path.join(stage, '.electron-native'));
  fs.copyFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path.join(stage, '.electron-native/better_sqlite3.node'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'junction');

  const electronDist = path.join(workDir, 'electron-placeholder');
  fs.mkdirSync(electronDist);
  fs.writeFileSync(path.join(electronDist, 'electron'), 'placeholder: the Electron program is not needed to check app.asar\n', { mode: 0o755 });

  const out = path.join(workDir, 'out');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir', '--linux', '--x64',
      '--projectDir', stage,
      '--config', path.join(root, 'electron-builder.yml'),
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: stage, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );

  const resourcesDir = path.join(out, 'linux-unpacked', 'resources');
  const archive = path.join(resourcesDir, 'app.asar');
  const appDir = path.join(workDir, 'app');
  asar.extractAll(archive, appDir);
  const asarFiles = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  return { resourcesDir, asarFiles, appDir };
}
