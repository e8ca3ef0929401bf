import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/hooks';
import { NoticeExportModal } from './NoticeExportModal';

/**
 * 督办 on an open item: issues a numbered 督办通知单 or 催办单 to its 主办. An item nobody leads yet has
 * no one to send it to, and says so instead of opening.
 */
export function SuperviseButton({ itemId }: { itemId: number }) {
  const [open, setOpen] = useState(false);
  const item = useApiQuery('items.get', { id: itemId });
  const hasLead = item.data?.owners.some((o) => o.role === 'lead') ?? true;
  return (
    <>
      <Tooltip title={hasLead ? undefined : '该事项还没有主办责任人：请先在下方添加主办并保存，再发督办通知单'}>
        <Button disabled={!hasLead} onClick={() => setOpen(true)}>
          督办
        </Button>
      </Tooltip>
      <NoticeExportModal itemId={itemId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
