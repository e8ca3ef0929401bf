import { contextBridge, ipcRenderer } from 'electron';
import { LEDGER_CHANNEL, type LedgerBridge } from './channel';

// Only a wrapper is exposed, never ipcRenderer itself, so the page cannot reach other channels.
const bridge: LedgerBridge = {
  invoke: (method, input) => ipcRenderer.invoke(LEDGER_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('ledger', bridge);
