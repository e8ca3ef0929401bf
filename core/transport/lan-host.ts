import type { LedgerApp } from '../app';
import type { LanSettings } from '../contract/lan-methods';
import type { LanControl } from '../context';
import { readLanSettings } from '../services/lan-access';
import { startHttpServer, type RunningServer } from './http-server';

/** Why a LAN server could not start, in words for 设置. */
function startFailure(error: unknown, settings: LanSettings): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return `端口 ${settings.port} 已被其他程序占用，请换一个端口`;
  if (code === 'EADDRNOTAVAIL') return `本机没有网络地址 ${settings.host}（网络可能已断开或地址已变），请重新选择`;
  if (code === 'EACCES') return `没有权限使用端口 ${settings.port}，请换一个端口`;
  return `局域网访问未能开启：${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The LAN server of a running app, beside its own window or loopback server: started, moved or stopped
 * as 设置 says, and started again at launch when it was left on. Changes are applied one at a time.
 */
export function createLanHost(app: LedgerApp, staticDir: string): LanControl & { resume(): Promise<void>; stop(): Promise<void> } {
  let server: RunningServer | null = null;
  let error: string | null = null;
  let queue: Promise<void> = Promise.resolve();

  async function stopServer(): Promise<void> {
    const running = server;
    server = null;
    await running?.close();
  }

  function apply(settings: LanSettings): Promise<void> {
    queue = queue.then(async () => {
      await stopServer();
      error = null;
      if (!settings.enabled) return;
      try {
        server = await startHttpServer(app, { port: settings.port, staticDir, lan: { host: settings.host } });
      } catch (failure) {
        error = startFailure(failure, settings);
      }
    });
    return queue;
  }

  return {
    apply,
    state: () => ({ running: server !== null, urls: server?.urls ?? [], error }),
    resume: () => apply(readLanSettings(app.store.orm)),
    stop: () => (queue = queue.then(stopServer)),
  };
}
