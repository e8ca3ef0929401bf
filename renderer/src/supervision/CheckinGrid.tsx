import { Typography } from 'antd';
import { useToday } from '../shared/useToday';

interface CheckinGridProps {
  year: number;
  /** Index 0 = January: whether the month has a progress entry. */
  checkins: boolean[];
  cadence: string | null;
}

/** 全年打卡 of a year-round item: a cell per month, filled where progress was recorded, marked where it is missing. */
export function CheckinGrid({ year, checkins, cadence }: CheckinGridProps) {
  const today = useToday();
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const currentMonth = thisYear > year ? 13 : thisYear < year ? 0 : thisMonth;
  const filled = checkins.filter(Boolean).length;
  return (
    <div className="checkin">
      <div className="checkin-head">
        <Typography.Text strong>全年打卡</Typography.Text>
        <Typography.Text type="secondary">
          {cadence ? `频次：${cadence} · ` : ''}已记录进展 {filled}/12 个月
        </Typography.Text>
      </div>
      <ol className="checkin-grid" aria-label="全年打卡">
        {checkins.map((done, index) => {
          const month = index + 1;
          const state = done ? 'done' : month < currentMonth ? 'missed' : 'upcoming';
          const said = { done: '已记录进展', missed: '未记录进展', upcoming: '未到' }[state];
          return (
            <li key={month} className={`checkin-cell checkin-${state}`} title={`${month}月：${said}`} aria-label={`${month}月：${said}`}>
              {month}月
            </li>
          );
        })}
      </ol>
    </div>
  );
}
