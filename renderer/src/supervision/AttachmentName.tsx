import type { AttachmentView } from '../../../core/contract/supervision';
import { filesServed, fileUrl } from './evidenceFiles';

/** The file's name, opening it in a new tab where files can be read (serve mode). */
export function AttachmentName({ attachment }: { attachment: AttachmentView }) {
  if (!filesServed) return <span>{attachment.originalName}</span>;
  return (
    <a href={fileUrl(attachment.id)} target="_blank" rel="noreferrer">
      {attachment.originalName}
    </a>
  );
}
