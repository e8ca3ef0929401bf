import { Button, Typography } from 'antd';
import { useRef } from 'react';
import { filesServed } from './evidenceFiles';

interface FilePickButtonProps {
  label: string;
  onPick: (files: File[]) => void;
  loading?: boolean;
}

/** Chooses files (several at once); in the desktop app, where uploading is not available yet, says so. */
export function FilePickButton({ label, onPick, loading }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  if (!filesServed) return <Typography.Text type="secondary">桌面版暂不支持在此上传</Typography.Text>;
  return (
    <>
      <Button onClick={() => input.current?.click()} loading={loading}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={label}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again still reports it.
          event.target.value = '';
          if (files.length) onPick(files);
        }}
      />
    </>
  );
}
