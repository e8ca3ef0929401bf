import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, data: 'reply' })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  it('exposes exactly window.ledger.invoke over the one channel', async () => {
    await import('../../../electron/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('ledger');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');

    const invoke = api.invoke as (method: string, input: unknown) => Promise<unknown>;
    await expect(invoke('items.get', { id: 3 })).resolves.toEqual({ ok: true, data: 'reply' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('ledger:invoke', 'items.get', { id: 3 });
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
