// Runs a packaged dist/electron/main.js under plain Node with the stand-in `electron` module, and relays
// the test's requests (forked with an IPC channel) to what main.js registered: the ledger:invoke handler
// and custom protocols. Usage: fork('run-main.mjs', [mainJs]) with the STANDIN_* variables set.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./resolve-electron.mjs', import.meta.url);
const electron = await import('electron');
const { app, answers, BrowserWindow, ipcMain, protocol, record } = electron;

const send = (message) => process.send(message);
process.on('uncaughtException', (error) => send({ type: 'crash', error: error.stack ?? String(error) }));
process.on('unhandledRejection', (error) => send({ type: 'crash', error: error?.stack ?? String(error) }));

async function started() {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const page = BrowserWindow.windows.find((w) => w.loadedFile);
    if (ipcMain.handlers.size > 0 && page) return page;
    if (record.quitCode !== null || record.errorBoxes.length) throw new Error(`main.js quit at start: ${JSON.stringify(record)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('main.js registered no IPC handler within 30 s');
}

async function answer(message, page) {
  if (message.type === 'invoke') {
    Object.assign(answers, { save: null, open: null }, message.answers);
    const handler = ipcMain.handlers.get(message.channel);
    if (!handler) throw new Error(`no handler on ${message.channel}`);
    const event = { senderFrame: { url: page.webContents.url }, sender: page.webContents };
    return { result: await handler(event, ...message.args) };
  }
  if (message.type === 'fetch') {
    const response = await protocol.fetch(message.url);
    return { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) };
  }
  if (message.type === 'record') return { record, privileged: protocol.privileged };
  throw new Error(`unknown request ${message.type}`);
}

try {
  await import(pathToFileURL(process.argv[2]).href);
  const page = await started();
  process.on('message', (message) => {
    answer(message, page).then(
      (reply) => send({ id: message.id, ...reply }),
      (error) => send({ id: message.id, error: error.stack ?? String(error) }),
    );
  });
  send({ type: 'ready', page: page.loadedFile });
} catch (error) {
  send({ type: 'crash', error: error.stack ?? String(error) });
  process.exitCode = 1;
}
