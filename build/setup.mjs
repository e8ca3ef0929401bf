// `npm run setup`: installs the project on any machine. Electron's program is fetched separately so that a
// machine that cannot download it (offline, or a CI box) still installs everything else and runs in
// browser (serve) mode; `npm start` tells which one it will use. Then it finds a Chromium for the browser
// tests and says in one line which one `npm test` will use.
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

// Imported only now: it loads playwright-core, which the install above has just put in place.
const { findChromium } = await import('./chromium.mjs');

const succeeds = (command, args, options = {}) => spawnSync(command, args, { stdio: 'ignore', ...options }).status === 0;
const hasCjkFonts = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim().length > 0;

/** Debian as root: the system's Chromium, CJK fonts (PDF text) and poppler (the PDF checks), all from apt. */
function aptInstall() {
  const isDebianRoot = process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/etc/debian_version') && succeeds('apt-get', ['--version']);
  if (!isDebianRoot) return null;
  if (findChromium() && succeeds('pdftotext', ['-v']) && hasCjkFonts()) return null;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = succeeds('apt-get', ['update', '-qq'], { env }) && succeeds('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'poppler-utils'], { env });
  return ok ? '已用 apt-get 安装' : 'apt-get 安装失败';
}

/** Elsewhere, where downloads work: Playwright's own Chromium. */
function playwrightInstall() {
  const ok = succeeds(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium']);
  return ok ? '已用 npx playwright install chromium 下载' : '下载 Playwright 的 Chromium 失败';
}

let how = process.env.CHROMIUM_PATH ? null : aptInstall();
let chromium = findChromium();
if (!chromium && !process.env.CHROMIUM_PATH) {
  how = playwrightInstall();
  chromium = findChromium();
}
console.log(
  chromium
    ? `浏览器测试将使用 Chromium：${chromium.path}（来源：${chromium.source}${how ? `，${how}` : ''}）`
    : `未找到 Chromium${how ? `（${how}）` : ''}：npm test 的界面测试无法运行。请安装 Chromium，或设置 CHROMIUM_PATH 指向浏览器程序后重新运行 npm run setup。`,
);
