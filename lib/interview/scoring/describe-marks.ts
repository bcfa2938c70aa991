import { round2 } from '../util/round2';

export interface MarkStats {
  min: number;
  max: number;
  /** max − min */
  spread: number;
  /** Rounded to 2 dp. */
  mean: number;
  /** The middle mark, or the mean of the two middle marks; rounded to 2 dp. */
  median: number;
}

/** Summary of the marks given to one answer; null when there are none. */
export function describeMarks(marks: readonly number[]): MarkStats | null {
  if (marks.length === 0) return null;
  const sorted = [...marks].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { min, max, spread: max - min, mean: round2(mean), median: round2(median) };
}
