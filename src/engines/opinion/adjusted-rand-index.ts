/** n choose 2. */
const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Adjusted Rand index between two labellings of the same items (Hubert & Arabie 1985):
 * 1 for identical partitions up to renaming, about 0 for independent ones.
 */
export function adjustedRandIndex(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  if (a.length !== b.length) throw new RangeError('both labellings must cover the same items');
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const columns = new Map<number | string, number>();
  for (let i = 0; i < a.length; i++) {
    const key = `${String(a[i])}\u0000${String(b[i])}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    columns.set(b[i], (columns.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const n of table.values()) index += pairs(n);
  let rowPairs = 0;
  for (const n of rows.values()) rowPairs += pairs(n);
  let columnPairs = 0;
  for (const n of columns.values()) columnPairs += pairs(n);
  const total = pairs(a.length);
  if (total === 0) return 1;
  const expected = (rowPairs * columnPairs) / total;
  const maximum = (rowPairs + columnPairs) / 2;
  // Both partitions trivial (all one cluster, or all singletons): they agree perfectly.
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
