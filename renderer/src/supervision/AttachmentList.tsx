import { Image } from 'antd';
import type { AttachmentView } from '../../../core/contract/supervision';
import { AttachmentName } from './AttachmentName';
import { EvidenceImage } from './EvidenceImage';

/** The files of one progress entry: photos as small thumbnails, other files by name. */
export function AttachmentList({ attachments }: { attachments: AttachmentView[] }) {
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => a.isImage);
  const others = attachments.filter((a) => !images.includes(a));
  return (
    <div className="attachment-list">
      {images.length > 0 && (
        <div className="attachment-thumbs">
          <Image.PreviewGroup>
            {images.map((a) => (
              <EvidenceImage key={a.id} attachment={a} size={72} />
            ))}
          </Image.PreviewGroup>
        </div>
      )}
      {others.length > 0 && (
        <div className="attachment-files">
          附件：
          {others.map((a) => (
            <AttachmentName key={a.id} attachment={a} />
          ))}
        </div>
      )}
    </div>
  );
}
