// Builds better-sqlite3 for the installed Electron into .electron-native/better_sqlite3.node.
// node_modules/better-sqlite3/build keeps its Node-ABI build, so tests and serve mode keep working;
// the desktop app loads this second build through better-sqlite3's `nativeBinding` option.
// Usage: node build/rebuild-electron-native.mjs [--force]   (skips when already built for this Electron)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const outDir = path.join(root, '.electron-native');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'target.json');

const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const target = {
  electron: require('electron/package.json').version,
  betterSqlite3: require('better-sqlite3/package.json').version,
  platform: process.platform,
  arch: process.arch,
};

function isCurrent() {
  if (!fs.existsSync(outFile) || !fs.existsSync(stampFile)) return false;
  const built = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  return Object.entries(target).every(([key, value]) => built[key] === value);
}

// npm hands its config to scripts as npm_config_* (this machine even sets nodedir=/usr);
// node-gyp and prebuild-install would then silently target Node instead of Electron.
function electronEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|platform|devdir|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(script, args, cwd) {
  return spawnSync(process.execPath, [script, ...args], { cwd, env: electronEnv(), stdio: 'inherit' }).status === 0;
}

/** A prebuilt binary from better-sqlite3's releases if one exists for this Electron, else a local compile. */
function build(workDir) {
  const common = [`--runtime=electron`, `--target=${target.electron}`, `--arch=${target.arch}`];
  const prebuild = createRequire(path.join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
  if (run(prebuild, [...common, `--platform=${target.platform}`], workDir)) return;
  console.log('未找到可下载的预编译模块，改为本地编译（需要 C++ 编译工具链）…');
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const devdir = path.join(os.homedir(), '.electron-gyp');
  const gypArgs = ['rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers', `--devdir=${devdir}`];
  if (!run(nodeGyp, gypArgs, workDir)) throw new Error(`node-gyp 编译 better-sqlite3（Electron ${target.electron}）失败`);
}

function main() {
  if (!process.argv.includes('--force') && isCurrent()) {
    console.log(`Electron ${target.electron} 的 better-sqlite3 原生模块已是最新，跳过。`);
    return;
  }
  console.log(`正在为 Electron ${target.electron} 构建 better-sqlite3 ${target.betterSqlite3} 原生模块…`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-native-'));
  try {
    const workDir = path.join(tmp, 'better-sqlite3');
    // A private copy without build/, so node_modules' Node build is never overwritten.
    fs.cpSync(sqliteDir, workDir, { recursive: true, filter: (src) => src !== path.join(sqliteDir, 'build') });
    build(workDir);
    fs.mkdirSync(outDir, { recursive: true });
    // Copy then rename, so an interrupted build never leaves a half-written module that looks current.
    fs.copyFileSync(path.join(workDir, 'build', 'Release', 'better_sqlite3.node'), `${outFile}.tmp`);
    fs.renameSync(`${outFile}.tmp`, outFile);
    fs.writeFileSync(stampFile, `${JSON.stringify(target, null, 2)}\n`);
    console.log(`已生成 ${path.relative(root, outFile)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
