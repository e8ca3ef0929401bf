import { Typography } from 'antd';
import type { SupervisionView } from '../../../core/contract/supervision';
import { isClosed, STATUS_LABELS } from '../../../core/domain/status';
import { ProgressForm } from './ProgressForm';
import { ProgressTimeline } from './ProgressTimeline';
import { usePermissions } from './usePermissions';

/** 进展记录: the timeline, and beside it the form for a new entry (for those who may write, while the item is open). */
export function ProgressTab({ view }: { view: SupervisionView }) {
  const { canWrite } = usePermissions();
  const { item } = view;
  const open = !isClosed(item.status);
  return (
    <div className={canWrite && open ? 'tab-columns' : undefined}>
      <div>
        <ProgressTimeline progress={view.progress} />
        {!open && (
          <Typography.Paragraph type="secondary">事项{STATUS_LABELS[item.status]}，不能再记录进展。</Typography.Paragraph>
        )}
      </div>
      {canWrite && open && (
        <aside className="tab-side">
          <ProgressForm key={item.id} item={item} />
        </aside>
      )}
    </div>
  );
}
