import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BulkChange, BulkResult } from '../../../core/contract/item';
import { ACTION_LABELS } from '../../../core/domain/workflow';
import { useApiMutation } from '../api/hooks';
import { BulkChangeModal, type BulkField } from './BulkChangeModal';

const DONE: Record<BulkChange['kind'], string> = { owners: '指定了责任人', section: '设置了分类', dueDate: '设置了完成时限', transition: '' };

interface BulkBarProps {
  ids: number[];
  onClear: () => void;
}

/**
 * What can be done to the rows ticked in a table, all at once: owners, section, deadline, 开始办理 and
 * 提交核验. Each item changes on its own record; those a change does not fit are listed with the reason.
 */
export function BulkBar({ ids, onClear }: BulkBarProps) {
  const { message, modal } = App.useApp();
  const bulk = useApiMutation('items.bulk', { inlineError: true });
  const [field, setField] = useState<BulkField | null>(null);

  const report = (change: BulkChange, result: BulkResult) => {
    const verb = change.kind === 'transition' ? ACTION_LABELS[change.action] : DONE[change.kind];
    if (result.changed > 0) void message.success(`已为 ${result.changed} 项${verb}`);
    if (result.skipped.length > 0)
      modal.warning({
        title: `${result.skipped.length} 项未${verb}`,
        content: (
          <ul className="bulk-skipped">
            {result.skipped.map((s) => (
              <li key={s.id}>
                {s.label}：{s.reason}
              </li>
            ))}
          </ul>
        ),
        okText: '知道了',
      });
    onClear();
  };

  const send = async (change: BulkChange) => report(change, await bulk.mutateAsync({ ids, change }));

  const transition = (action: 'start' | 'submit') =>
    modal.confirm({
      title: `将已选的 ${ids.length} 项${ACTION_LABELS[action]}？`,
      content: action === 'submit' ? '提交后由指导老师核验；进行中以外的事项不会提交，会列出原因。' : '未开始以外的事项不会改变，会列出原因。',
      okText: ACTION_LABELS[action],
      cancelText: '取消',
      onOk: () => send({ kind: 'transition', action }).catch((error: Error) => void message.error(error.message)),
    });

  if (ids.length === 0) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="批量操作">
      <Typography.Text strong>已选 {ids.length} 项</Typography.Text>
      <Space wrap size={8}>
        <Button type="primary" onClick={() => setField('owners')}>
          指定责任人
        </Button>
        <Button onClick={() => setField('section')}>设置分类</Button>
        <Button onClick={() => setField('dueDate')}>设置完成时限</Button>
        <Button onClick={() => transition('start')}>开始办理</Button>
        <Button onClick={() => transition('submit')}>提交核验</Button>
        <Button type="link" onClick={onClear}>
          取消选择
        </Button>
      </Space>
      {field && <BulkChangeModal field={field} count={ids.length} onSubmit={send} onClose={() => setField(null)} />}
    </div>
  );
}
