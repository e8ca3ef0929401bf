import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { PostponementView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { ReasonModal } from './ReasonModal';

/**
 * 批准 / 驳回 of a pending 延期申请 (on the item's 延期申请 tab and in the 待办 inbox): each opens the
 * comment dialog, which the second click (or Ctrl+Enter) confirms.
 */
export function PostponementDecision({ request }: { request: PostponementView }) {
  const { message } = App.useApp();
  const decide = useApiMutation('postponements.decide', { inlineError: true });
  const [approve, setApprove] = useState<boolean | null>(null);
  return (
    <>
      <Space>
        <Button size="small" type="primary" onClick={() => setApprove(true)}>
          批准
        </Button>
        <Button size="small" danger onClick={() => setApprove(false)}>
          驳回
        </Button>
      </Space>
      {approve !== null && (
        <ReasonModal
          title={`${approve ? '批准' : '驳回'}延期：延至 ${request.requestedDueDate}`}
          label={approve ? '审批意见' : '驳回理由'}
          optional={approve}
          okText={approve ? '批准' : '驳回'}
          danger={!approve}
          onSubmit={async (comment) => {
            await decide.mutateAsync({ id: request.id, approve, comment });
            void message.success(approve ? `已批准，完成时限改为 ${request.requestedDueDate}` : '已驳回延期申请');
          }}
          onClose={() => setApprove(null)}
        />
      )}
    </>
  );
}
