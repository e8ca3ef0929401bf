import { Typography } from 'antd';
import { useItemEditor } from '../editor/ItemEditorProvider';
import type { UnaddressedItem } from './exportForms';

/**
 * Overdue items a notice run could not address because nobody leads them: listed, each opening its editor
 * to add a 主办, so none is passed over in silence.
 */
export function UnaddressedList({ items }: { items: UnaddressedItem[] }) {
  const editor = useItemEditor();
  return (
    <div className="export-unaddressed">
      <div>以下 {items.length} 项逾期事项没有主办责任人，未生成督办通知单。点击事项添加主办后再督办：</div>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <Typography.Link onClick={() => editor.openItem(item.id)}>
              {item.period}
              {item.seq != null ? ` 第${item.seq}项` : ''}：{item.content}
            </Typography.Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
