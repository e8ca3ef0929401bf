import { Alert, App, Button, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { BackupView } from '../../../core/contract/backup-methods';
import { ROTATION } from '../../../core/domain/backup-rotation';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { LoadError } from '../shared/LoadError';
import { BackupToFolderModal } from './BackupToFolderModal';
import { backupTimeText, reasonText, sizeText } from './backupText';
import { RestoreFromFileModal } from './RestoreFromFileModal';
import { restoreWarning, useRestore } from './useRestore';

const POLICY =
  `每天启动和关闭时自动备份（数据有改动才备份），删除年度计划、重新导入和软件升级前也会自动备份。` +
  `保留最近${ROTATION.recentDays}天的全部备份，以及近${ROTATION.daily}天每天、近${ROTATION.weekly}周每周、近${ROTATION.monthly}个月每月各一份。`;

/** 备份与恢复: the backups in the data folder, a backup now (here or to a USB stick), and restoring one. */
export function BackupsCard() {
  const { message, modal } = App.useApp();
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const restore = useRestore();
  const [dialog, setDialog] = useState<'folder' | 'file' | null>(null);

  const backupNow = async () => {
    const made = await create.mutateAsync({});
    void message.success(`已备份并校验（${made.items} 项事项，${sizeText(made.size)}）`);
  };

  const confirmRestore = (backup: BackupView) =>
    modal.confirm({
      title: '从此备份恢复？',
      content: restoreWarning(backup),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => restore.run({ name: backup.name }).catch((error: Error) => void message.error(`未恢复：${error.message}`, 8)),
    });

  const columns: TableColumnsType<BackupView> = [
    { title: '备份时间', dataIndex: 'createdAt', width: 180, render: (at: string) => backupTimeText(at) },
    { title: '类型', dataIndex: 'reason', width: 150, render: (reason: BackupView['reason']) => <Tag color={reason === 'manual' ? 'blue' : undefined}>{reasonText(reason)}</Tag> },
    { title: '年度计划', dataIndex: 'plans', width: 90, align: 'right' },
    { title: '事项', dataIndex: 'items', width: 90, align: 'right' },
    { title: '佐证材料', dataIndex: 'evidenceFiles', width: 100, align: 'right', render: (n: number, b) => (b.missingEvidence ? `${n}（缺 ${b.missingEvidence}）` : n) },
    { title: '大小', dataIndex: 'size', width: 100, align: 'right', render: (size: number) => sizeText(size) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, backup) => (
        <Button type="link" size="small" danger onClick={() => confirmRestore(backup)}>
          恢复
        </Button>
      ),
    },
  ];

  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Typography.Text type="secondary" className="backup-policy">
          {POLICY}
          {list.data && <span className="backup-folder">备份文件夹：{list.data.folder}</span>}
        </Typography.Text>
        <Space wrap>
          <Button type="primary" loading={create.isPending} onClick={() => void backupNow().catch(() => undefined)}>
            立即备份
          </Button>
          <Button onClick={() => setDialog('folder')}>备份到…</Button>
          <Button onClick={() => setDialog('file')}>从文件恢复…</Button>
        </Space>
      </Flex>
      {list.data?.automaticError && <Alert type="warning" showIcon title="最近一次自动备份未完成" description={list.data.automaticError} />}
      <Alert
        type="info"
        showIcon
        title="请勿直接复制数据目录中的 ledger.db：程序运行时复制的文件可能已损坏。换电脑时，在旧电脑上“备份到…”U盘，在新电脑上“从文件恢复…”。"
      />
      <Table<BackupView>
        rowKey="name"
        size="middle"
        columns={columns}
        dataSource={list.data?.backups}
        loading={list.isFetching}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份。数据有改动后，程序会在启动和关闭时自动备份；也可以点击“立即备份”。' }}
      />
      {dialog === 'folder' && <BackupToFolderModal onClose={() => setDialog(null)} />}
      {dialog === 'file' && <RestoreFromFileModal onClose={() => setDialog(null)} />}
    </Space>
  );
}
