import type { Db } from '../../db/client';
import { readSetting, writeSetting } from '../../db/queries/settings';
import type { SettingsView } from '../contract/supervision';
import type { Ctx } from '../context';
import { recordAudit } from './audit';
import { WARNING_SETTINGS_KEY, warningSettings } from './read-scope';
import { inTransaction } from './write';

const EVIDENCE_KEY = 'requireEvidenceToClose';
const ORGANIZATION_KEY = 'organization';
const REMINDER_KEY = 'startupReminder';

export function getSettings(db: Db): SettingsView {
  const warnings = warningSettings(db);
  return {
    // On by default: an item is closed (销号) only with proof attached.
    requireEvidenceToClose: (readSetting(db, EVIDENCE_KEY) as boolean | null) ?? true,
    lagThresholdPct: warnings.lagThresholdPct,
    dueSoonWorkingDays: warnings.dueSoonWorkingDays,
    organization: (readSetting(db, ORGANIZATION_KEY) as string | null) ?? '校团委',
    startupReminder: (readSetting(db, REMINDER_KEY) as boolean | null) ?? true,
  };
}

export function updateSettings(ctx: Ctx, input: Partial<SettingsView>): SettingsView {
  return inTransaction(ctx, (tx) => {
    const before = getSettings(tx);
    const after = { ...before, ...input };
    writeSetting(tx, EVIDENCE_KEY, after.requireEvidenceToClose);
    writeSetting(tx, WARNING_SETTINGS_KEY, { lagThresholdPct: after.lagThresholdPct, dueSoonWorkingDays: after.dueSoonWorkingDays });
    writeSetting(tx, ORGANIZATION_KEY, after.organization);
    writeSetting(tx, REMINDER_KEY, after.startupReminder);
    recordAudit(tx, ctx, { action: 'settings.update', entity: 'setting', entityId: null, before, after });
    return after;
  });
}
