import type { Db } from '../../db/client';
import { readSetting, writeSetting } from '../../db/queries/settings';
import { lanSettings, type LanSettings, type LanStatus } from '../contract/lan-methods';
import type { Ctx } from '../context';
import { interfaceAddresses, WILDCARD_HOST } from '../transport/lan-addresses';
import { recordAudit } from './audit';
import { inTransaction } from './write';

// 设置 → 局域网访问: off until an administrator turns it on; the choice is kept in the ledger's settings
// so the desktop app shares again after a restart.

const LAN_KEY = 'lanAccess';
export const DEFAULT_LAN_PORT = 4310;
const DEFAULTS: LanSettings = { enabled: false, host: WILDCARD_HOST, port: DEFAULT_LAN_PORT };

export function readLanSettings(db: Db): LanSettings {
  const saved = lanSettings.safeParse(readSetting(db, LAN_KEY));
  return saved.success ? saved.data : DEFAULTS;
}

export async function lanStatus(ctx: Ctx): Promise<LanStatus> {
  const settings = readLanSettings(ctx.store.orm);
  const control = ctx.host.lan();
  const state = control?.state() ?? { running: false, urls: [], error: null };
  // The QR encoder is loaded when an address is first shown, not at start-up.
  const { default: QRCode } = await import('qrcode');
  const addresses = await Promise.all(
    state.urls.map(async (url) => ({ url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) })),
  );
  return {
    ...settings,
    available: control !== null,
    running: state.running,
    addresses,
    interfaces: interfaceAddresses().filter((a) => !a.internal).map(({ name, address }) => ({ name, address })),
    error: state.error,
  };
}

export async function configureLan(ctx: Ctx, input: LanSettings): Promise<LanStatus> {
  inTransaction(ctx, (tx) => {
    const before = readLanSettings(tx);
    writeSetting(tx, LAN_KEY, input);
    recordAudit(tx, ctx, { action: 'lan.configure', entity: 'setting', entityId: null, before, after: input });
  });
  await ctx.host.lan()?.apply(input);
  return lanStatus(ctx);
}
