/**
 * The series every view draws the same way: the spread band around the test curve, the mean
 * train and test lines and the median test line, with the capacity view's legend wording, so two
 * explorers placed side by side read alike whatever their x-axis is.
 */
import type { Quantiles } from '../statistics.js';
import type { BandKind } from './capacity-view.js';
import type { Series } from './chart.js';

/** The numbers behind the shared series, cut to the x positions a view draws. */
export interface TrialLines {
  train: number[];
  test: number[];
  testQuantiles: Quantiles;
  trials: number;
}

/** Band, train, median and test series (in drawing order); `penalty` qualifies the labels. */
export function trialSeries(lines: TrialLines, band: BandKind, penalty = ''): Series[] {
  const { testQuantiles: q } = lines;
  const spread = band !== 'none' && lines.trials > 1;
  const series: Series[] = [];
  if (spread) {
    const iqr = band === 'iqr';
    series.push({
      id: 'test-band',
      part: 'test-band',
      label: iqr ? 'Middle half of trials (test)' : 'Range of trials (test)',
      kind: 'band',
      values: iqr ? q.q75 : q.max,
      lower: iqr ? q.q25 : q.min,
    });
  }
  series.push({
    id: 'train',
    part: 'train-curve',
    label: `Train MSE${penalty}`,
    kind: 'line',
    values: lines.train,
  });
  if (spread) {
    series.push({
      id: 'test-median',
      part: 'test-median',
      label: 'Median test MSE',
      kind: 'thin',
      values: q.median,
    });
  }
  series.push({
    id: 'test',
    part: 'test-curve',
    label: `Test MSE${penalty}`,
    kind: 'line',
    values: lines.test,
    anchor: true,
  });
  return series;
}

/** The quantiles with every column cut to `from`..end (the training view drops step 0). */
export function sliceQuantiles(q: Quantiles, from: number): Quantiles {
  return {
    min: q.min.slice(from),
    q25: q.q25.slice(from),
    median: q.median.slice(from),
    q75: q.q75.slice(from),
    max: q.max.slice(from),
  };
}
