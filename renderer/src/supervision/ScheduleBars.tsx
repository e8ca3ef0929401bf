import { Progress, Typography } from 'antd';
import type { ItemDetail } from '../../../core/contract/item';
import { WARNING_COLORS } from '../../../core/domain/warning';

interface ScheduleBarsProps {
  item: ItemDetail;
  /** 序时进度: the share of the item's span elapsed today. */
  expectedPercent: number;
}

/** 序时进度 against 实际进度 (the latest progress entry's percent), the actual bar in the warning's color. */
export function ScheduleBars({ item, expectedPercent }: ScheduleBarsProps) {
  const actualColor = item.status === 'done' ? WARNING_COLORS.normal : WARNING_COLORS[item.warning];
  return (
    <div className="schedule-bars">
      <div className="schedule-bar">
        <span className="schedule-bar-label">序时进度</span>
        <Progress percent={expectedPercent} status="normal" strokeColor="#8c8c8c" size="small" aria-label="序时进度" />
      </div>
      <div className="schedule-bar">
        <span className="schedule-bar-label">实际进度</span>
        {item.percent == null ? (
          <Typography.Text type="secondary">尚未填报完成比例</Typography.Text>
        ) : (
          <Progress percent={item.percent} status="normal" strokeColor={actualColor} size="small" aria-label="实际进度" />
        )}
      </div>
    </div>
  );
}
