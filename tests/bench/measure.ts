// Timing for the bench: a project run and its baseline run alternate, so both see the same machine
// load; medians of wall time and of this process's CPU time (user + system) are reported.
import { performance } from 'node:perf_hooks';

export interface Sample {
  wall: number;
  cpu: number;
}

export interface Pair {
  project: Sample;
  baseline: Sample;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One timed run, in milliseconds. */
export async function timed(run: () => unknown): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs project and baseline alternately `repeat` times after one warm-up each; `batch` calls per sample
 * for operations too quick to time one by one (the result is per call).
 */
export async function sideBySide(
  project: () => unknown,
  baseline: () => unknown,
  { repeat = 7, batch = 1 }: { repeat?: number; batch?: number } = {},
): Promise<Pair> {
  const many = (fn: () => unknown) => async () => {
    for (let k = 0; k < batch; k++) await fn();
  };
  await project();
  await baseline();
  const p: Sample[] = [];
  const b: Sample[] = [];
  for (let r = 0; r < repeat; r++) {
    p.push(await timed(many(project)));
    b.push(await timed(many(baseline)));
  }
  const per = (samples: Sample[]): Sample => ({ wall: median(samples.map((s) => s.wall)) / batch, cpu: median(samples.map((s) => s.cpu)) / batch });
  return { project: per(p), baseline: per(b) };
}
