import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Descriptions, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { backupFileInput, type BackupView } from '../../../core/contract/backup-methods';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { useServerSubmit } from '../shared/useServerSubmit';
import { backupTimeText, reasonText, sizeText } from './backupText';
import { restoreWarning, useRestore } from './useRestore';

type FileValues = z.infer<typeof backupFileInput>;

/**
 * 从文件恢复…: a backup file from elsewhere (a USB stick, the old computer). It is checked first, byte by
 * byte, and what it holds is shown; only then can it replace the current data.
 */
export function RestoreFromFileModal({ onClose }: { onClose: () => void }) {
  const form = useForm<FileValues>({ resolver: zodResolver(backupFileInput), defaultValues: { file: '' } });
  const inspect = useApiMutation('backups.inspect', { inlineError: true });
  const restore = useRestore();
  const [checked, setChecked] = useState<BackupView | null>(null);
  const { submit, serverError } = useServerSubmit(
    form.handleSubmit,
    async ({ file }) => {
      setChecked(null);
      setChecked(await inspect.mutateAsync({ file }));
    },
    '不能恢复：',
  );
  const restoreError = restore.error ? `未恢复：${restore.error.message}` : null;

  return (
    <Modal
      open
      title="从文件恢复"
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          {checked ? (
            <Button type="primary" danger loading={restore.pending} onClick={() => void restore.run({ file: checked.file }).catch(() => undefined)}>
              恢复此备份
            </Button>
          ) : (
            <Button type="primary" loading={form.formState.isSubmitting} onClick={() => void submit()}>
              检查备份
            </Button>
          )}
        </Space>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="从文件恢复">
        <Form layout="vertical" component={false}>
          {(serverError || restoreError) && <Alert type="error" showIcon title={restoreError ?? serverError} className="form-alert" />}
          <Controller
            control={form.control}
            name="file"
            render={({ field, fieldState }) => (
              <FormField label="备份文件" htmlFor="restore-file" error={fieldState.error?.message} hint="填写完整路径，例如 E:\团委备份\ledger-backup-20240301-180000-manual.tar" required>
                <Input
                  id="restore-file"
                  {...field}
                  onChange={(event) => {
                    setChecked(null);
                    field.onChange(event);
                  }}
                  autoFocus
                />
              </FormField>
            )}
          />
          <button type="submit" hidden />
        </Form>
      </form>
      {checked && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'time', label: '备份时间', children: backupTimeText(checked.createdAt) },
              { key: 'reason', label: '类型', children: reasonText(checked.reason) },
              { key: 'plans', label: '年度计划', children: `${checked.plans} 个` },
              { key: 'items', label: '事项', children: `${checked.items} 项` },
              { key: 'evidence', label: '佐证材料', children: `${checked.evidenceFiles} 个文件` },
              { key: 'size', label: '大小', children: sizeText(checked.size) },
            ]}
          />
          <Alert className="backup-restore-warning" type="warning" showIcon title="备份完好，可以恢复" description={restoreWarning(checked)} />
        </>
      )}
      {!checked && (
        <Typography.Paragraph type="secondary" className="backup-hint">
          恢复前会先逐项校验备份文件；损坏、不完整或由更新版本创建的备份不会恢复，当前数据保持不变。
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
