// The app's vite bundles, built only when missing or older than their sources: the renderer
// (dist/renderer, served by serve mode and loaded by the desktop window), serve mode and the CLI as
// JavaScript (dist/server) and the Electron main process and preload (dist/electron). `npm start`,
// `npm run serve`, `npm run cli` and the packaged-app test share these steps.
// As a script: `node build/bundles.mjs renderer|electron…` builds the named bundles if stale.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => path.join(root, ...parts);
const require = createRequire(at('package.json'));

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** True when an output is missing or older than the newest input file. */
export function isOutdated(outputs, inputs) {
  const built = Math.min(...outputs.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)));
  return built < Math.max(...inputs.map(newestMtime));
}

const shared = [at('core'), at('db'), at('package.json')];

const BUNDLES = {
  renderer: {
    label: '界面文件',
    config: at('build', 'vite.renderer.config.ts'),
    sources: [at('renderer'), at('build', 'antd-styles.ts'), ...shared],
    outputs: (outDir) => [path.join(outDir, 'index.html')],
    defaultOutDir: at('dist', 'renderer'),
  },
  server: {
    label: '服务程序文件',
    config: at('build', 'vite.server.config.ts'),
    sources: shared,
    outputs: (outDir) => [path.join(outDir, 'serve.js'), path.join(outDir, 'cli.js')],
    defaultOutDir: at('dist', 'server'),
  },
  electron: {
    label: '桌面程序文件',
    config: at('build', 'vite.electron.config.ts'),
    sources: [at('electron'), ...shared],
    outputs: (outDir) => [path.join(outDir, 'main.js'), path.join(outDir, 'preload.cjs')],
    defaultOutDir: at('dist', 'electron'),
  },
};

/**
 * Builds one bundle into outDir (its dist/ folder by default) unless it is already newer than its
 * sources; `force` builds regardless. Says in one line what it builds; throws when vite fails.
 */
export function buildBundle(name, { outDir, force = false } = {}) {
  const bundle = BUNDLES[name];
  if (!bundle) throw new Error(`unknown bundle: ${name}`);
  const target = outDir ?? bundle.defaultOutDir;
  if (!force && !isOutdated(bundle.outputs(target), [bundle.config, ...bundle.sources])) return false;
  console.log(`正在构建${bundle.label}（${path.relative(root, target) || target}）…`);
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const args = ['build', '--config', bundle.config, '--outDir', target, '--logLevel', 'warn'];
  // Always a production build, also when called from a test run (vitest sets NODE_ENV=test, which would
  // bundle React's development build).
  const result = spawnSync(process.execPath, [vite, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`${bundle.label}构建失败（vite 退出码 ${result.status}）`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    for (const name of process.argv.slice(2)) buildBundle(name);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
