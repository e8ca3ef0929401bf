import { Tag } from 'antd';
import type { ItemDetail } from '../../../core/contract/item';
import { COMPARATOR_LABELS, type Comparator } from '../../../core/domain/roles';

type Target = ItemDetail['targets'][number];

function reached(comparator: Comparator, actual: number, value: number): boolean {
  switch (comparator) {
    case '>=': return actual >= value;
    case '>': return actual > value;
    case '=': return actual === value;
    case '<=': return actual <= value;
  }
}

/** 参与人数 超过 50000人次 · 实际 52310人次 已达成; each part its own element, so they never run together. */
export function TargetLine({ target }: { target: Target }) {
  const { label, comparator, value, unit, actual } = target;
  return (
    <div className="target-line">
      <span className="target-goal">{`${label} ${COMPARATOR_LABELS[comparator]} ${value}${unit}`}</span>
      {actual == null ? (
        <span className="muted">实际值未填报</span>
      ) : (
        <>
          <span>{`实际 ${actual}${unit}`}</span>
          {reached(comparator, actual, value) ? <Tag color="success">已达成</Tag> : <Tag color="warning">未达成</Tag>}
        </>
      )}
    </div>
  );
}
