/**
 * The small-count rule for published statistics: a count below the threshold (5 by default) is shown
 * as "fewer than 5", never as its value, so nobody can be singled out in a small neighbourhood.
 * When a table also shows its total, hiding a single cell is not enough (total minus the others gives
 * it back): the next smallest cell is hidden too.
 */

export const SMALL_COUNT_THRESHOLD = 5;

/** A count as the rule lets it out: its value, or only that it is below the threshold. */
export type SuppressedCount = { value: number } | { fewerThan: number };

/** Applies the rule to one count. */
export function publishCount(value: number, threshold: number = SMALL_COUNT_THRESHOLD): SuppressedCount {
  return value < threshold ? { fewerThan: threshold } : { value };
}

/**
 * Applies the rule to the cells of a table whose total is published: small cells are hidden, and if
 * exactly one cell is hidden, the smallest remaining cell is hidden with it (secondary suppression).
 */
export function publishCountsWithTotal(values: number[], threshold: number = SMALL_COUNT_THRESHOLD): SuppressedCount[] {
  const hidden = values.map((v) => v < threshold);
  if (hidden.filter(Boolean).length === 1 && values.length > 1) {
    let smallest = -1;
    values.forEach((v, i) => {
      if (!hidden[i] && (smallest < 0 || v < values[smallest])) smallest = i;
    });
    hidden[smallest] = true;
  }
  return values.map((value, i) => (hidden[i] ? { fewerThan: threshold } : { value }));
}

/** The total of a table, itself subject to the rule. */
export function publishTotal(values: number[], threshold: number = SMALL_COUNT_THRESHOLD): SuppressedCount {
  return publishCount(values.reduce((a, b) => a + b, 0), threshold);
}
