import { memo } from 'react';
import type { EditItem } from './useImportDraft';
import { NumberInput } from '../shared/NumberInput';

/** 序号 as the document numbers it (two items may share one when the document misnumbers). */
export const SeqCell = memo(function SeqCell({ index, seq, onEdit }: { index: number; seq: number | null; onEdit: EditItem }) {
  return (
    <NumberInput<number>
      aria-label={`第${index + 1}项序号`}
      size="small"
      variant="borderless"
      className="draft-seq"
      value={seq}
      min={0}
      max={99999}
      precision={0}
      controls={false}
      onChange={(next) => onEdit(index, { seq: next ?? null })}
    />
  );
});
