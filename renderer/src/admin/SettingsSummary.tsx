import { Descriptions } from 'antd';
import type { SettingsView } from '../../../core/contract/supervision';

/** The settings as read-only values, for those who are not administrators. */
export function SettingsSummary({ settings }: { settings: SettingsView }) {
  return (
    <Descriptions
      column={2}
      size="small"
      items={[
        { key: 'lag', label: '滞后预警阈值', children: `实际进度落后序时进度 ${settings.lagThresholdPct} 个百分点以上` },
        { key: 'due', label: '临期预警', children: `距完成时限 ${settings.dueSoonWorkingDays} 个工作日以内` },
        { key: 'evidence', label: '销号须有佐证材料', children: settings.requireEvidenceToClose ? '是' : '否' },
        { key: 'org', label: '制表单位', children: settings.organization || '未填写' },
        { key: 'reminder', label: '登录时提醒临期、逾期事项', children: settings.startupReminder ? '是' : '否' },
      ]}
    />
  );
}
