// `npm run setup`: installs the project on any machine. Electron's program is fetched separately so that a
// machine that cannot download it (offline, or a CI box) still installs everything else and runs in
// browser (serve) mode; `npm start` tells which one it will use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const install = fs.existsSync('package-lock.json') ? ['ci'] : ['install'];
const result = spawnSync(npm, [...install, '--no-audit', '--no-fund'], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  shell: process.platform === 'win32',
});
if (result.status !== 0) process.exit(result.status ?? 1);

const electron = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'pipe', encoding: 'utf8' });
console.log(
  electron.status === 0
    ? '已安装 Electron 桌面程序：npm start 将打开桌面窗口。'
    : '无法下载 Electron 桌面程序（本机离线或受限）：其余部分已安装，npm start 将以浏览器模式运行。',
);
