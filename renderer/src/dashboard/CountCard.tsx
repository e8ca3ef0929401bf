import type { DashboardList } from './dashboardLists';
import { DASHBOARD_LIST_INFO } from './dashboardLists';

interface CountCardProps {
  list: DashboardList;
  count: number;
  selected: boolean;
  /** Draws the eye (the 待核验 queue for advisers). */
  emphasized?: boolean;
  onSelect: () => void;
}

/** A count on the 首页; clicking it (or Enter) shows its items below. */
export function CountCard({ list, count, selected, emphasized, onSelect }: CountCardProps) {
  const { label, hint, color } = DASHBOARD_LIST_INFO[list];
  return (
    <button
      type="button"
      className={`count-card${selected ? ' count-card-selected' : ''}${emphasized ? ' count-card-emphasized' : ''}`}
      style={{ borderTopColor: color }}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <span className="count-card-label">{label}</span>
      <span className="count-card-number" style={{ color: count > 0 ? color : undefined }}>
        {count}
        <span className="count-card-unit">项</span>
      </span>
      <span className="count-card-hint">{emphasized && count > 0 ? '请您核验' : hint}</span>
    </button>
  );
}
