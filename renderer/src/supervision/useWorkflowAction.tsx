import { Alert, App } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ItemSummary } from '../../../core/contract/item';
import { ACTION_LABELS, type WorkflowAction } from '../../../core/domain/workflow';
import { useApiMutation } from '../api/hooks';
import { ReasonModal } from './ReasonModal';

/** How each action is asked for: at once, after a confirmation, or with a written reason. */
export const ASKING: Record<WorkflowAction, { text?: { label: string; optional?: boolean }; danger?: boolean; primary?: boolean }> = {
  start: { primary: true },
  submit: { primary: true },
  verify: { primary: true, text: { label: '核验意见', optional: true } },
  return: { danger: true, text: { label: '退回原因' } },
  resume: { primary: true },
  cancel: { danger: true, text: { label: '中止原因' } },
};

type Item = Pick<ItemSummary, 'id' | 'seq' | 'content'>;

/** "退回：6. 开展主题团日活动…" */
function dialogTitle(action: WorkflowAction, item: Item): string {
  const content = item.content.length > 24 ? `${item.content.slice(0, 24)}…` : item.content;
  return `${ACTION_LABELS[action]}：${item.seq != null ? `${item.seq}. ` : ''}${content}`;
}

/**
 * Taking a workflow action on an item, wherever its buttons are (the item's page, the 待办 inbox): 退回 and
 * 中止 ask for a reason, 核验 for an optional comment; 提交核验 confirms first and says when missing evidence
 * will stop the closing. Returns `take` for the buttons and the dialog to render.
 */
export function useWorkflowAction(item: Item, evidenceMissing: boolean) {
  const { message, modal } = App.useApp();
  const transition = useApiMutation('items.transition', { inlineError: true });
  const [asking, setAsking] = useState<WorkflowAction | null>(null);

  const run = async (action: WorkflowAction, reason = '') => {
    await transition.mutateAsync({ id: item.id, action, reason });
    void message.success(`已${ACTION_LABELS[action]}`);
  };

  const take = (action: WorkflowAction) => {
    if (ASKING[action].text) return setAsking(action);
    const act = () => run(action).catch((error: Error) => void message.error(error.message));
    if (action !== 'submit') return void act();
    modal.confirm({
      title: '提交核验？',
      content: evidenceMissing
        ? '该事项还没有佐证材料，按本单位设置，指导老师将无法销号。建议先在“佐证材料”中上传活动记录、照片、签到表或总结。'
        : '提交后由指导老师核验：通过即销号（已办结），不通过会退回并写明原因。',
      okText: '提交核验',
      cancelText: '取消',
      onOk: act,
    });
  };

  const text = asking && ASKING[asking].text;
  const dialog: ReactNode = asking && text && (
    <ReasonModal
      title={dialogTitle(asking, item)}
      label={text.label}
      optional={text.optional}
      okText={ACTION_LABELS[asking]}
      danger={ASKING[asking].danger}
      notice={
        asking === 'verify' && evidenceMissing ? (
          <Alert type="warning" showIcon className="form-alert" title="该事项还没有佐证材料，按本单位设置不能销号；可先退回，请承办人补充材料。" />
        ) : asking === 'cancel' ? (
          <Alert type="info" showIcon className="form-alert" title="中止后事项不再计入完成率的分母，也不能再记录进展。" />
        ) : undefined
      }
      onSubmit={(reason) => run(asking, reason)}
      onClose={() => setAsking(null)}
    />
  );
  const pending = (action: WorkflowAction) => transition.isPending && transition.variables?.action === action;
  return { take, pending, dialog };
}
