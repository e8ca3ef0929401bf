// `npm start`: opens the desktop window when Electron's program is installed, otherwise runs browser
// (serve) mode in the foreground. Builds only what is missing or older than its sources.
// Extra arguments go to the app, e.g. `npm start -- --data-dir D:\台账 --demo` in serve mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const at = (...parts) => path.join(root, ...parts);
const args = process.argv.slice(2);

/** What require('electron') returns, without its side effect of trying to download a missing binary. */
function electronBinary() {
  const pathFile = at('node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = at('node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function isOutdated(outputs, inputs) {
  const built = Math.min(...outputs.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)));
  return built < Math.max(...inputs.map(newestMtime));
}

function runNode(script, scriptArgs) {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const shared = [at('core'), at('db'), at('package.json')];

function buildRenderer() {
  const config = at('build', 'vite.renderer.config.ts');
  if (isOutdated([at('dist', 'renderer', 'index.html')], [at('renderer'), config, ...shared])) runNode(vite, ['build', '--config', config]);
}

function buildElectron() {
  const config = at('build', 'vite.electron.config.ts');
  const outputs = [at('dist', 'electron', 'main.js'), at('dist', 'electron', 'preload.cjs')];
  if (isOutdated(outputs, [at('electron'), config, ...shared])) runNode(vite, ['build', '--config', config]);
  // Skips by itself when .electron-native already matches the installed Electron.
  runNode(at('build', 'rebuild-electron-native.mjs'), []);
}

/** Runs the app in the foreground; Ctrl+C and kill reach it, and its exit code becomes ours. */
function runForeground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  buildRenderer();
  buildElectron();
  const env = { ...process.env };
  // Inherited from an Electron-hosted tool (an editor's terminal), it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(electron, [root, ...args], env);
} else {
  console.log('本机未安装 Electron 桌面程序，将以浏览器模式（serve）启动。');
  buildRenderer();
  const port = args.some((arg) => arg === '--port' || arg.startsWith('--port=')) ? [] : ['--port', '4310'];
  runForeground(process.execPath, [require.resolve('tsx/cli'), at('core', 'bin', 'serve.ts'), ...port, ...args]);
}
