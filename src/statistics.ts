/**
 * Summaries across trials of the kernel's per-trial numbers: the mean the curve shows, and the
 * quantiles of the spread band (near the threshold the mean is dominated by a few draws).
 */

/** Column means of `trials[t][i]`. */
export function meanOverTrials(trials: number[][]): number[] {
  const width = trials[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  for (const row of trials) for (let i = 0; i < width; i++) mean[i] += row[i];
  return mean.map((sum) => sum / trials.length);
}

/** The q-quantile (0 ≤ q ≤ 1) of sorted values, linearly interpolated (NumPy's default). */
export function quantileOfSorted(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Per-column minimum, quartiles, median and maximum across trials. */
export interface Quantiles {
  min: number[];
  q25: number[];
  median: number[];
  q75: number[];
  max: number[];
}

/** Column quantiles of `trials[t][i]`. */
export function quantilesOverTrials(trials: number[][]): Quantiles {
  const width = trials[0]?.length ?? 0;
  const result: Quantiles = { min: [], q25: [], median: [], q75: [], max: [] };
  for (let i = 0; i < width; i++) {
    const column = trials.map((row) => row[i]).sort((a, b) => a - b);
    result.min.push(column[0]);
    result.q25.push(quantileOfSorted(column, 0.25));
    result.median.push(quantileOfSorted(column, 0.5));
    result.q75.push(quantileOfSorted(column, 0.75));
    result.max.push(column[column.length - 1]);
  }
  return result;
}
