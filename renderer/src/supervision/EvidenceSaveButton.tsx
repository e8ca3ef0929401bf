import { App, Button } from 'antd';
import type { AttachmentView } from '../../../core/contract/supervision';
import { isDesktop } from '../api/desktop';
import { fileUrl, saveEvidenceAs } from './evidenceFiles';

/** 下载 in the browser; 另存为… with the system's dialog in the desktop app. */
export function EvidenceSaveButton({ attachment }: { attachment: AttachmentView }) {
  const { message } = App.useApp();
  if (!isDesktop)
    return (
      <Button type="link" size="small" href={fileUrl(attachment.id, true)}>
        下载
      </Button>
    );
  const save = () =>
    saveEvidenceAs(attachment.id).then(
      (saved) => saved && void message.success(`已保存：${saved}`),
      (error: Error) => void message.error(error.message),
    );
  return (
    <Button type="link" size="small" onClick={() => void save()}>
      另存为…
    </Button>
  );
}
