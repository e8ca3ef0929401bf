import { Button } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../supervision/usePermissions';
import { NoticeExportModal } from './NoticeExportModal';

/** 督办 on an open item: issues a numbered 督办通知单 or 催办单 for it (a write: it takes a number). */
export function SuperviseButton({ itemId }: { itemId: number }) {
  const [open, setOpen] = useState(false);
  const { canWrite } = usePermissions();
  if (!canWrite) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>督办</Button>
      <NoticeExportModal itemId={itemId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
