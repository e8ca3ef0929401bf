import { Image } from 'antd';
import type { AttachmentView } from '../../../core/contract/supervision';
import { fileUrl } from './evidenceFiles';

/** A photo as a square thumbnail; click enlarges it (inside an Image.PreviewGroup, with its siblings). */
export function EvidenceImage({ attachment, size }: { attachment: AttachmentView; size: number }) {
  return (
    <Image
      src={fileUrl(attachment.id)}
      alt={attachment.originalName}
      width={size}
      height={size}
      className="evidence-image"
      loading="lazy"
    />
  );
}
