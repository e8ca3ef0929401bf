// Serve mode: `npm run serve -- --data-dir DIR --port N [--demo] [--today YYYY-MM-DD]`.
import path from 'node:path';
import { createLedgerApp } from '../app';
import { clockFrom } from '../clock';
import { CLI_ACTOR } from '../context';
import { defaultDataDir } from '../data-dir';
import { toAppError } from '../dispatch';
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
  });
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const app = createLedgerApp(dataDir, { migrationsFolder: MIGRATIONS_FOLDER, ...(values.today ? { clock: clockFrom(values.today) } : {}) });
  if (values.demo) {
    const info = await app.call('app.info', {}, CLI_ACTOR);
    if (info.ok && (info.data as { firstRun: boolean }).firstRun) {
      const loaded = await app.call('demo.load', {}, CLI_ACTOR);
      if (!loaded.ok) throw new Error(loaded.error.message);
    }
  }
  const server = await startHttpServer(app, {
    port: intFlag(values.port, 'port') ?? 4310,
    staticDir: path.resolve(values['static-dir'] ?? path.join(repoRoot, 'dist', 'renderer')),
  });
  console.log(`团委工作台账已启动（数据目录 ${dataDir}），请在浏览器中打开：${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
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
