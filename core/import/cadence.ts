import { compact } from './normalize';

// How often a year-round item recurs, as the first frequency the text names ("督学…(一周一次)、…(双周一次)"
// recurs weekly at least, so the first named is the one to check in on).

const CADENCES: Array<[RegExp, string]> = [
  [/每周|一周一次|每星期|周周/, '每周'],
  [/双周|每两周|两周一次|隔周/, '双周'],
  [/每月|一月一次|每个月|月月/, '每月'],
  [/每季度|一季度一次/, '每季度'],
  [/每学期|一学期一次/, '每学期'],
  [/每年|一年一次/, '每年'],
];

export function findCadence(text: string): string | null {
  const c = compact(text);
  let best: { index: number; cadence: string } | null = null;
  for (const [re, cadence] of CADENCES) {
    const m = re.exec(c);
    if (m && (!best || m.index < best.index)) best = { index: m.index, cadence };
  }
  return best?.cadence ?? null;
}
