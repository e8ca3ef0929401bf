import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { backupFolderInput } from '../../../core/contract/backup-methods';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { useServerSubmit } from '../shared/useServerSubmit';
import { lastBackupFolder, rememberBackupFolder } from './backupText';

type FolderValues = z.infer<typeof backupFolderInput>;

/** 备份到…: a backup written straight into a folder of the user's choice, e.g. on a USB stick. */
export function BackupToFolderModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const form = useForm<FolderValues>({ resolver: zodResolver(backupFolderInput), defaultValues: { folder: lastBackupFolder() } });
  const create = useApiMutation('backups.create', { inlineError: true });
  const { submit, serverError } = useServerSubmit(
    form.handleSubmit,
    async ({ folder }) => {
      const made = await create.mutateAsync({ folder });
      rememberBackupFolder(folder);
      void message.success(`已备份并校验：${made.file}`, 6);
      onClose();
    },
    '未备份：',
  );
  return (
    <Modal
      open
      title="备份到其他位置"
      okText="备份"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: form.formState.isSubmitting }}
      onCancel={onClose}
      destroyOnHidden
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="备份到其他位置">
        <Form layout="vertical" component={false}>
          <Typography.Paragraph type="secondary">
            备份文件（数据库、佐证材料和校验清单合为一个文件）写入所选文件夹，写完后逐项校验。换电脑时，把它带到新电脑上用“从文件恢复”即可。
          </Typography.Paragraph>
          {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
          <Controller
            control={form.control}
            name="folder"
            render={({ field, fieldState }) => (
              <FormField label="文件夹" htmlFor="backup-folder" error={fieldState.error?.message} hint="填写完整路径，例如 U盘上的 E:\团委备份；文件夹须已存在" required>
                <Input id="backup-folder" {...field} autoFocus placeholder="E:\团委备份" />
              </FormField>
            )}
          />
          <button type="submit" hidden />
        </Form>
      </form>
    </Modal>
  );
}
