import { Tag } from 'antd';
import { memo } from 'react';
import type { OwnerDraft } from '../../../core/contract/draft';
import { OWNER_ROLE_LABELS } from '../../../core/domain/roles';
import { leadFirst, ownersText, parseOwners } from './draftText';
import { TagTextCell } from './TagTextCell';
import type { EditItem } from './useImportDraft';

interface OwnersCellProps {
  index: number;
  owners: OwnerDraft[];
  /** Whether a name is already in the persons list; others are added on import, and highlighted. */
  isKnown: (name: string) => boolean;
  onEdit: EditItem;
}

/** 责任人 as tags (主办 in bold, new persons highlighted), typed as “鲁若曦、陈雯” — the first is 主办. */
export const OwnersCell = memo(function OwnersCell({ index, owners, isKnown, onEdit }: OwnersCellProps) {
  return (
    <TagTextCell
      label={`第${index + 1}项责任人`}
      text={ownersText(owners)}
      placeholder="输入姓名，以、分隔"
      onCommit={(text) => {
        onEdit(index, { owners: parseOwners(text) });
        return null;
      }}
      tags={leadFirst(owners).map((owner) => {
        const known = isKnown(owner.name);
        return (
          <Tag
            key={owner.name}
            color={known ? undefined : 'orange'}
            className={owner.role === 'lead' ? 'owner-tag owner-tag-lead' : 'owner-tag'}
            title={`${owner.name}（${OWNER_ROLE_LABELS[owner.role]}）${known ? '' : '：名单中没有，导入时新增'}`}
          >
            {owner.name}
          </Tag>
        );
      })}
    />
  );
});
