import { Tag } from 'antd';
import { memo } from 'react';
import type { TargetDraft } from '../../../core/contract/draft';
import { parseTargets, targetsText, targetText } from './draftText';
import { TagTextCell } from './TagTextCell';
import type { EditItem } from './useImportDraft';

interface TargetsCellProps {
  index: number;
  targets: TargetDraft[];
  onEdit: EditItem;
}

/** 量化指标 as tags, typed as “培训人数不少于2500人次；宣讲至少3场”. */
export const TargetsCell = memo(function TargetsCell({ index, targets, onEdit }: TargetsCellProps) {
  return (
    <TagTextCell
      label={`第${index + 1}项量化指标`}
      text={targetsText(targets)}
      placeholder="如：参与人数不少于500人次"
      onCommit={(text) => {
        const parsed = parseTargets(text, targets);
        if (!parsed.ok) return parsed.message;
        onEdit(index, { targets: parsed.value });
        return null;
      }}
      tags={targets.map((target) => (
        <Tag key={targetText(target)} color="geekblue" className="target-tag">
          {targetText(target)}
        </Tag>
      ))}
    />
  );
});
