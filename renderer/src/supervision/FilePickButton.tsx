import { App, Button } from 'antd';
import { useRef } from 'react';
import { isDesktop, openFilesNatively } from '../api/desktop';

interface FilePickButtonProps {
  label: string;
  onPick: (files: File[]) => void;
  loading?: boolean;
}

/** Chooses files (several at once): the browser's file field, or the system's 打开 dialog on the desktop. */
export function FilePickButton({ label, onPick, loading }: FilePickButtonProps) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const pick = () => {
    if (!isDesktop) return input.current?.click();
    openFilesNatively('evidence').then(
      (files) => files.length > 0 && onPick(files),
      (error: Error) => void message.error(error.message),
    );
  };
  return (
    <>
      <Button onClick={pick} loading={loading}>
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
