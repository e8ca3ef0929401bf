// `npm start`: opens the desktop window when Electron's program is installed, otherwise runs browser
// (serve) mode in the foreground. Builds only what is missing or older than its sources.
// Extra arguments go to the app, e.g. `npm start -- --data-dir D:\台账 --demo` in serve mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBundle } from './bundles.mjs';

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

function runNode(script, scriptArgs) {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build(name) {
  try {
    buildBundle(name);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/** Runs the app in the foreground; Ctrl+C and kill reach it, and its exit code becomes ours. */
function runForeground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  build('renderer');
  build('electron');
  // Skips by itself when .electron-native already matches the installed Electron.
  runNode(at('build', 'rebuild-electron-native.mjs'), []);
  const env = { ...process.env };
  // Inherited from an Electron-hosted tool (an editor's terminal), it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(electron, [root, ...args], env);
} else {
  console.log('本机未安装 Electron 桌面程序，将以浏览器模式（serve）启动。');
  build('renderer');
  build('server');
  const port = args.some((arg) => arg === '--port' || arg.startsWith('--port=')) ? [] : ['--port', '4310'];
  // Serve mode runs in this process (one Node start fewer); it reads its arguments from argv.
  const serve = at('dist', 'server', 'serve.js');
  process.argv = [process.execPath, serve, ...port, ...args];
  await import(pathToFileURL(serve).href);
}
