import { Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useCellText } from './useCellText';

interface TagTextCellProps {
  /** Accessible name of the cell, e.g. 第3项责任人. */
  label: string;
  /** The tags shown while not editing. */
  tags: ReactNode;
  /** The same content as text, e.g. 鲁若曦、陈雯. */
  text: string;
  placeholder: string;
  /** Takes the typed text; returns why it cannot be taken, or null once committed. */
  onCommit: (text: string) => string | null;
}

/**
 * A cell shown as tags and edited as text: click, Enter or F2 to type; Enter or leaving the cell keeps
 * the text, Esc puts it back. Text that cannot be read stays in the box with the reason under it.
 */
export function TagTextCell({ label, tags, text: value, placeholder, onCommit }: TagTextCellProps) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { text, setText, changed, revert } = useCellText(value);

  const commit = () => {
    const why = changed ? onCommit(text) : null;
    setProblem(why);
    if (!why) setEditing(false);
  };
  const cancel = () => {
    revert();
    setProblem(null);
    setEditing(false);
  };

  if (editing)
    return (
      <div className="tag-text-cell">
        <Input
          aria-label={label}
          size="small"
          autoFocus
          value={text}
          status={problem ? 'error' : undefined}
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              cancel();
            }
          }}
        />
        {problem && (
          <Typography.Text type="danger" className="tag-text-problem">
            {problem}
          </Typography.Text>
        )}
      </div>
    );
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={`${label}：${value || '未填写'}，按回车修改`}
      className="tag-text-cell tag-text-view"
      onClick={() => setEditing(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'F2') {
          e.preventDefault();
          setEditing(true);
        }
      }}
    >
      {value ? tags : <span className="tag-text-empty">点击填写</span>}
    </div>
  );
}
