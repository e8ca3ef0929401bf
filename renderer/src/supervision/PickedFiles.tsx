import { Button } from 'antd';
import { sizeText } from './evidenceFiles';

/** Files chosen but not yet saved, each removable. */
export function PickedFiles({ files, onRemove }: { files: File[]; onRemove: (index: number) => void }) {
  if (files.length === 0) return null;
  return (
    <ul className="picked-files" aria-label="待上传的文件">
      {files.map((file, index) => (
        <li key={`${file.name}-${index}`}>
          <span className="picked-file-name">{file.name}</span>
          <span className="muted">{sizeText(file.size)}</span>
          <Button type="link" size="small" danger onClick={() => onRemove(index)} aria-label={`移除${file.name}`}>
            移除
          </Button>
        </li>
      ))}
    </ul>
  );
}
