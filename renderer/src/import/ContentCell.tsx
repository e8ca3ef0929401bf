import { Input, Tag, Typography } from 'antd';
import { memo } from 'react';
import type { ItemDraft } from '../../../core/contract/draft';
import type { EditItem } from './useImportDraft';
import { useCellText } from './useCellText';

interface ContentCellProps {
  index: number;
  item: ItemDraft;
  /** 1-based source lines the item was read from. */
  lines: number[];
  onEdit: EditItem;
}

/** 工作内容, typed in place (kept on leaving the cell, Esc puts it back); under it the section, notes and source lines. */
export const ContentCell = memo(function ContentCell({ index, item, lines, onEdit }: ContentCellProps) {
  const { text, setText, changed, revert } = useCellText(item.content);
  return (
    <div className="draft-content">
      <Input.TextArea
        aria-label={`第${index + 1}项工作内容`}
        variant="borderless"
        className="draft-cell-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => changed && onEdit(index, { content: text })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') revert();
        }}
        rows={1}
        status={text.trim() ? undefined : 'error'}
        placeholder="请填写工作内容"
      />
      <div className="draft-content-meta">
        {item.isKey && <Tag color="red">主要任务</Tag>}
        {item.sectionTitle && <Typography.Text type="secondary">{item.sectionTitle}</Typography.Text>}
        {item.notes && (
          <Typography.Text type="secondary" ellipsis={{ tooltip: item.notes }} className="draft-notes">
            备注：{item.notes}
          </Typography.Text>
        )}
        {lines.length > 0 && (
          <Typography.Text type="secondary" className="draft-lines">
            原文第 {lines.length > 1 ? `${lines[0]}–${lines.at(-1)}` : lines[0]} 行
          </Typography.Text>
        )}
      </div>
    </div>
  );
});
