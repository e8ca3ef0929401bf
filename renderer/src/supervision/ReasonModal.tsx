import { Alert, Form, Input, Modal } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState, type ReactNode } from 'react';
import { onCtrlEnter } from '../shared/ctrlEnter';
import { FormField } from '../shared/FormField';

interface ReasonModalProps {
  title: string;
  /** Label of the text, e.g. 退回原因; the text is required unless `optional`. */
  label: string;
  optional?: boolean;
  okText: string;
  danger?: boolean;
  /** Shown above the text (what happens, or why it may be refused). */
  notice?: ReactNode;
  /** Does the work; a rejection keeps the dialog open with the backend's message. */
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * A decision with a written reason or comment (退回, 中止, 核验意见, 延期审批). The text box has the cursor
 * as the dialog opens (the dialog would otherwise focus its × and typing would go nowhere); Ctrl+Enter confirms.
 */
export function ReasonModal({ title, label, optional, okText, danger, notice, onSubmit, onClose }: ReasonModalProps) {
  const textArea = useRef<TextAreaRef>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!optional && !text.trim()) return setMissing(true);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text.trim());
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger, loading: busy }}
      onOk={() => void confirm()}
      onCancel={onClose}
      afterOpenChange={(open) => {
        if (open) textArea.current?.focus();
      }}
      destroyOnHidden
    >
      <Form layout="vertical" component={false}>
        {notice}
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <FormField label={label} htmlFor="reason-text" required={!optional} error={missing ? `请填写${label}` : undefined} hint="Ctrl+Enter 确定">
          <Input.TextArea
            id="reason-text"
            ref={textArea}
            value={text}
            maxLength={1000}
            autoSize={{ minRows: 3, maxRows: 8 }}
            onChange={(event) => {
              setText(event.target.value);
              setMissing(false);
            }}
            onKeyDown={onCtrlEnter(() => void confirm())}
          />
        </FormField>
      </Form>
    </Modal>
  );
}
