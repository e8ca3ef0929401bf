import { App, Typography } from 'antd';
import type { AttachmentView } from '../../../core/contract/supervision';
import { isDesktop } from '../api/desktop';
import { fileUrl, openInViewer } from './evidenceFiles';

/** The file's name, opening it: in a new tab (serve mode) or in the system's viewer (desktop). */
export function AttachmentName({ attachment }: { attachment: AttachmentView }) {
  const { message } = App.useApp();
  if (isDesktop)
    return (
      <Typography.Link onClick={() => openInViewer(attachment.id).catch((error: Error) => void message.error(error.message))}>
        {attachment.originalName}
      </Typography.Link>
    );
  return (
    <a href={fileUrl(attachment.id)} target="_blank" rel="noreferrer">
      {attachment.originalName}
    </a>
  );
}
