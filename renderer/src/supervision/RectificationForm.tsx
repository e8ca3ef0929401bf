import { Alert, App, Button, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { FindingView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { useDraftText } from '../shared/drafts';

/** 整改情况: saved as it goes (Ctrl+Enter; unsaved text is kept as a draft), then 整改销号 closes the finding for good. */
export function RectificationForm({ finding }: { finding: FindingView }) {
  const { message } = App.useApp();
  const update = useApiMutation('findings.update', { inlineError: true });
  const [text, setText] = useDraftText(`rectification:${finding.id}`, finding.rectification);
  const [error, setError] = useState<string | null>(null);
  const inputId = `rectification-${finding.id}`;

  const save = async (close: boolean) => {
    setError(null);
    try {
      await update.mutateAsync({ id: finding.id, rectification: text.trim(), close });
    } catch (failure) {
      setError(`未保存：${(failure as Error).message}`);
      return;
    }
    void message.success(close ? '已整改销号' : '已保存整改情况');
  };

  return (
    <div className="rectification-form">
      <label htmlFor={inputId} className="field-label">
        整改情况
      </label>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Input.TextArea
        id={inputId}
        value={text}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder="已采取的整改措施和结果"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onCtrlEnter(() => {
          if (text.trim() !== finding.rectification) void save(false);
        })}
      />
      <Space className="rectification-actions">
        <Button loading={update.isPending && !update.variables?.close} disabled={text.trim() === finding.rectification} onClick={() => void save(false)}>
          保存整改情况
        </Button>
        <Popconfirm
          title="整改销号？"
          description="销号后该督查意见不能再修改；如仍有问题，可在新的督查中另提意见。"
          okText="整改销号"
          cancelText="取消"
          onConfirm={() => save(true)}
          disabled={!text.trim()}
        >
          <Button type="primary" disabled={!text.trim()} loading={update.isPending && update.variables?.close}>
            整改销号
          </Button>
        </Popconfirm>
      </Space>
    </div>
  );
}
