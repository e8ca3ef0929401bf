import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// The packaged main.js running in a child Node process under the stand-in `electron` (run-main.mjs), and
// the test's side of the relay: calls on the IPC handler, protocol requests, and what the app recorded.

export interface DialogAnswers {
  /** The path the 另存为 dialog returns; null: the person cancels. */
  save?: string | null;
  /** The paths the 打开 dialog returns; null: cancelled. */
  open?: string[] | null;
}

export interface ProtocolReply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface PackagedMain {
  /** The page main.js loaded into its window. */
  page: string;
  invoke(channel: string, args: unknown[], answers?: DialogAnswers): Promise<unknown>;
  fetch(url: string): Promise<ProtocolReply>;
  record(): Promise<{ record: Record<string, unknown[]>; privileged: { scheme: string; privileges: Record<string, boolean> }[] }>;
  /** Output the child printed: a `Cannot find module` shows here. */
  output(): string;
  close(): void;
}

export function launchPackagedMain(options: { appDir: string; resourcesDir: string; dataDir: string; home: string }): Promise<PackagedMain> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STANDIN_APP_PATH: options.appDir,
    STANDIN_RESOURCES_PATH: options.resourcesDir,
    STANDIN_HOME: options.home,
    LEDGER_DATA_DIR: options.dataDir,
  };
  // Plain Node: nothing from vitest's own loaders may help the packaged code find a module.
  delete env.NODE_OPTIONS;
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'run-main.mjs'), [path.join(options.appDir, 'dist', 'electron', 'main.js')], {
    cwd: options.home,
    env,
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  let nextId = 1;
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  const failAll = (reason: string) => {
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
  };
  child.on('exit', (code) => failAll(`packaged main.js exited (${code}):\n${output}`));

  const request = (message: Record<string, unknown>) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, ...message });
    }).then((reply) => {
      if (reply.error) throw new Error(reply.error);
      return reply;
    });

  return new Promise((resolve, reject) => {
    child.on('message', (message: any) => {
      if (message.type === 'ready')
        resolve({
          page: message.page,
          invoke: async (channel, args, answers = {}) => (await request({ type: 'invoke', channel, args, answers })).result,
          fetch: (url) => request({ type: 'fetch', url }),
          record: () => request({ type: 'record' }),
          output: () => output,
          close: () => child.kill(),
        });
      else if (message.type === 'crash') {
        failAll(message.error);
        reject(new Error(`${message.error}\n${output}`));
      } else pending.get(message.id)?.resolve(message);
      if (message.id) pending.delete(message.id);
    });
    child.on('exit', (code) => reject(new Error(`packaged main.js exited (${code}) before it was ready:\n${output}`)));
  });
}
