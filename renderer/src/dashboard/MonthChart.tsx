import type { DashboardView } from '../../../core/contract/supervision';

type RateRow = DashboardView['byMonth'][number];

/**
 * 按月完成情况: a column per period, its height the number of items, the filled part those 已办结.
 * The figures are written on the chart, so nothing needs hovering.
 */
export function MonthChart({ rows }: { rows: RateRow[] }) {
  const highest = Math.max(1, ...rows.map((r) => r.tally.total));
  return (
    <ol className="month-chart" aria-label="按月完成情况">
      {rows.map(({ key, label, tally: row }) => (
        <li key={key} className="month-chart-column" aria-label={`${label}：${row.total}项，已办结${row.done}项`}>
          <span className="month-chart-plot">
            <span className="month-chart-bar" style={{ height: `${(row.total / highest) * 100}%` }}>
              <span className="month-chart-figure">
                {row.done}/{row.total}
              </span>
              <span className="month-chart-done" style={{ height: row.total ? `${(row.done / row.total) * 100}%` : 0 }} />
            </span>
          </span>
          <span className="month-chart-label">{label}</span>
        </li>
      ))}
    </ol>
  );
}
