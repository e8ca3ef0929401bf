// Serve mode: `npm run serve -- --data-dir DIR --port N [--demo] [--today YYYY-MM-DD] [--lan [--host ADDR]]`.
import path from 'node:path';
import { createLedgerApp } from '../app';
import { clockFrom } from '../clock';
import { CLI_ACTOR } from '../context';
import { defaultDataDir } from '../data-dir';
import { AppError } from '../contract/app-error';
import { toAppError } from '../dispatch';
import { WILDCARD_HOST } from '../transport/lan-addresses';
import { createLanHost } from '../transport/lan-host';
import { startHttpServer } from '../transport/http-server';
import { intFlag, parseFlags } from './args';
import { MIGRATIONS_FOLDER, repoRoot } from './repo-paths';

async function main(): Promise<void> {
  const { values } = parseFlags(process.argv.slice(2), {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    demo: { type: 'boolean' },
    'static-dir': { type: 'string' },
    today: { type: 'string' },
    lan: { type: 'boolean' },
    host: { type: 'string' },
  });
  if (values.host !== undefined && !values.lan) throw new AppError('BAD_INPUT', '参数 --host 只用于局域网模式，请同时给出 --lan');
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const app = createLedgerApp(dataDir, { migrationsFolder: MIGRATIONS_FOLDER, ...(values.today ? { clock: clockFrom(values.today) } : {}) });
  if (values.demo) {
    const status = await app.call('auth.status', {}, CLI_ACTOR);
    if (status.ok && (status.data as { setupNeeded: boolean }).setupNeeded) {
      const loaded = await app.call('demo.load', {}, CLI_ACTOR);
      if (!loaded.ok) throw new Error(loaded.error.message);
    }
  }
  const staticDir = path.resolve(values['static-dir'] ?? path.join(repoRoot, 'dist', 'renderer'));
  const server = await startHttpServer(app, {
    port: intFlag(values.port, 'port') ?? 4310,
    staticDir,
    ...(values.lan ? { lan: { host: values.host ?? WILDCARD_HOST } } : {}),
  });
  // In loopback mode 设置 → 局域网访问 can share this ledger on the network too (remembered in its settings).
  const lan = server.mode === 'token' ? createLanHost(app, staticDir) : null;
  if (lan) {
    app.attachLan(lan);
    await lan.resume();
    const state = lan.state();
    if (state.running) console.log(`局域网访问已开启：${state.urls.join('  ')}`);
    if (state.error) console.log(state.error);
  }
  if (server.mode === 'lan') {
    console.log(`团委工作台账已在局域网开放（数据目录 ${dataDir}），请在浏览器中打开：${server.urls.join('  ')}`);
    console.log('注意：同一网络中的任何人都能打开登录页，请确保每个账号都使用足够强的密码。');
    const status = await app.call('auth.status', {}, CLI_ACTOR);
    if (status.ok && (status.data as { setupNeeded: boolean }).setupNeeded)
      console.log('尚未创建任何账号：局域网上不能创建管理员，请先在本机运行 npm run cli -- user add --role admin …');
  } else console.log(`团委工作台账已启动（数据目录 ${dataDir}），请在浏览器中打开：${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await lan?.stop();
    await server.close();
    // What changed since the newest backup is backed up before the process ends.
    await app.shutdown().catch((error) => console.error('[serve] closing:', error));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  const code = (error as NodeJS.ErrnoException)?.code;
  console.error(code === 'EADDRINUSE' ? '启动失败：端口已被占用，请用 --port 指定其他端口' : `启动失败：${toAppError(error).message}`);
  process.exit(1);
});
