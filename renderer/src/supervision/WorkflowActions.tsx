import { Button, Space } from 'antd';
import type { SupervisionView } from '../../../core/contract/supervision';
import { ACTION_LABELS } from '../../../core/domain/workflow';
import { useApiQuery } from '../api/hooks';
import { ASKING, useWorkflowAction } from './useWorkflowAction';

/** The workflow buttons the backend offers this user for this item (nothing else is shown). */
export function WorkflowActions({ view }: { view: SupervisionView }) {
  const settings = useApiQuery('settings.get', {});
  const evidenceMissing = view.evidence.length === 0 && settings.data?.requireEvidenceToClose === true;
  const { take, pending, dialog } = useWorkflowAction(view.item, evidenceMissing);
  if (view.actions.length === 0) return null;
  return (
    <>
      <Space wrap>
        {view.actions.map((action) => (
          <Button
            key={action}
            type={ASKING[action].primary ? 'primary' : 'default'}
            danger={ASKING[action].danger}
            loading={pending(action)}
            onClick={() => take(action)}
          >
            {ACTION_LABELS[action]}
          </Button>
        ))}
      </Space>
      {dialog}
    </>
  );
}
