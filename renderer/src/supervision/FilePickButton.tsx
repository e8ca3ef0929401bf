import { Button } from 'antd';
import { useRef } from 'react';

interface FilePickButtonProps {
  label: string;
  onPick: (files: File[]) => void;
  loading?: boolean;
}

/** Chooses files (several at once). */
export function FilePickButton({ label, onPick, loading }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
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
