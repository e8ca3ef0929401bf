import { Card, Descriptions, Skeleton, Tag } from 'antd';
import { useApiQuery } from '../api/hooks';
import { LanAccessCard } from '../lan/LanAccessCard';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { usePermissions } from '../supervision/usePermissions';
import { AuditCheck } from './AuditCheck';
import { BackupsCard } from './BackupsCard';
import { ROLE_COLORS, ROLE_OPTIONS } from './roles';
import { SettingsForm } from './SettingsForm';
import { SettingsSummary } from './SettingsSummary';
import { UsersTable } from './UsersTable';
import './admin.css';

/** 设置: accounts, warning thresholds, the evidence rule and 审计校验 for the administrator; the values, read-only, for others. */
export function SettingsPage() {
  const { isAdmin, user } = usePermissions();
  const settings = useApiQuery('settings.get', {});
  return (
    <>
      <PageHeader
        title="设置"
        description={isAdmin ? '账号、预警阈值和销号规则对所有用户生效，每次修改都记入审计记录；备份与恢复保护全部数据。' : '以下为本单位的设置，仅管理员可以修改。'}
      />
      <div className="settings-page">
        {isAdmin && (
          <Card title="账号与角色" size="small">
            <UsersTable />
          </Card>
        )}
        <Card title="预警与销号" size="small">
          {settings.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
          {settings.isError && <LoadError error={settings.error} onRetry={() => void settings.refetch()} />}
          {settings.data && (isAdmin ? <SettingsForm settings={settings.data} /> : <SettingsSummary settings={settings.data} />)}
        </Card>
        {isAdmin && (
          <Card title="备份与恢复" size="small" id="backups">
            <BackupsCard />
          </Card>
        )}
        {isAdmin && (
          <Card title="局域网访问" size="small" id="lan">
            <LanAccessCard />
          </Card>
        )}
        {isAdmin ? (
          <Card title="审计校验" size="small">
            <AuditCheck />
          </Card>
        ) : (
          <Card title="角色说明" size="small">
            <Descriptions
              column={1}
              size="small"
              items={ROLE_OPTIONS.map((r) => ({
                key: r.value,
                label: <Tag color={ROLE_COLORS[r.value]}>{r.label}</Tag>,
                children: `${r.duty}${user?.role === r.value ? '（您的角色）' : ''}`,
              }))}
            />
          </Card>
        )}
      </div>
    </>
  );
}
