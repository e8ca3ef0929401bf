/** What a 督查 round is called: its own name, else after its month (3月督查). */
export function inspectionName(round: { month: number; title: string }): string {
  return round.title || `${round.month}月督查`;
}
