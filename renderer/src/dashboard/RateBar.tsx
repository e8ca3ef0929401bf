/** A completion rate (0–100, one decimal) as a short bar and its figure; null reads 无 (nothing counts yet). */
export function RateBar({ rate }: { rate: number | null }) {
  return (
    <span className="rate-bar" role="img" aria-label={rate == null ? '完成率：无' : `完成率 ${rate}%`}>
      <span className="rate-bar-track">
        <span className="rate-bar-fill" style={{ width: `${rate ?? 0}%` }} />
      </span>
      <span className="rate-bar-figure">{rate == null ? '无' : `${rate}%`}</span>
    </span>
  );
}
