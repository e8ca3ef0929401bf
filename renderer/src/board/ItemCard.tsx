import type { ItemSummary } from '../../../core/contract/item';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { OwnerNames } from '../items/OwnerNames';
import { StatusTag } from '../items/StatusTag';
import { WarningTag } from '../items/WarningTag';

interface ItemCardProps {
  item: ItemSummary;
  /** Lines of content shown before it is cut (the whole text is in the tooltip). */
  lines: 1 | 3;
}

/** One item on the board: 序号 and content, then owners, warning (when not 正常) and status. Click or Enter opens it. */
export function ItemCard({ item, lines }: ItemCardProps) {
  const { openItem } = useItemEditor();
  return (
    <div
      role="button"
      tabIndex={0}
      className="item-card"
      onClick={() => openItem(item.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          openItem(item.id);
        }
      }}
    >
      <div className={`item-card-content clamp-${lines}`} title={item.content}>
        {item.seq != null && <span className="item-card-seq">{item.seq}</span>}
        {item.content}
      </div>
      <div className="item-card-foot">
        {item.owners.length > 0 ? <OwnerNames owners={item.owners} /> : <span />}
        <span className="item-card-tags" style={{ flex: 'none', whiteSpace: 'nowrap' }}>
          <WarningTag warning={item.warning} hideNormal />
          <StatusTag status={item.status} />
        </span>
      </div>
    </div>
  );
}
