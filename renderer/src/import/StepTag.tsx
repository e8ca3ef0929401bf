import { Tag, Tooltip } from 'antd';
import { memo } from 'react';
import type { Step } from './useImportDraft';

const STEP_LABELS: Record<Step, string> = { add: '新增', update: '更新', same: '无变化' };
const STEP_COLORS: Record<Step, string> = { add: 'green', update: 'blue', same: 'default' };

interface StepTagProps {
  step: Step;
  edited: boolean;
  included: boolean;
  /** Why the row cannot be written as it stands. */
  error: string | null;
  /** What the importer asks to check on the row's source lines. */
  problems: string[];
}

/**
 * What committing does with the row: 新增 / 更新 / 无变化 as the preview found it, 已修改 once a cell was
 * changed (the commit compares again), 不导入 when left out; and what needs a look.
 */
export const StepTag = memo(function StepTag({ step, edited, included, error, problems }: StepTagProps) {
  if (!included) return <Tag className="step-tag">不导入</Tag>;
  return (
    <div className="step-tags">
      <Tag color={STEP_COLORS[step]} className="step-tag">
        {STEP_LABELS[step]}
      </Tag>
      {edited && (
        <Tooltip title="已在预览中修改；确认导入时按修改后的内容与已有计划比对">
          <Tag color="orange" className="step-tag">
            已修改
          </Tag>
        </Tooltip>
      )}
      {error && (
        <Tooltip title={error}>
          <Tag color="red" className="step-tag">
            待补全
          </Tag>
        </Tooltip>
      )}
      {problems.length > 0 && (
        <Tooltip title={problems.join('；')}>
          <Tag color="gold" className="step-tag">
            待核对
          </Tag>
        </Tooltip>
      )}
    </div>
  );
});
