import { describe, expect, it } from 'vitest';
import { publishCount, publishCountsWithTotal, publishTotal } from './small-counts.ts';

describe('small-count rule', () => {
  it('hides counts below 5 and shows the others', () => {
    expect(publishCount(0)).toEqual({ kind: 'fewer', threshold: 5 });
    expect(publishCount(4)).toEqual({ kind: 'fewer', threshold: 5 });
    expect(publishCount(5)).toEqual({ kind: 'exact', value: 5 });
    expect(publishCount(120)).toEqual({ kind: 'exact', value: 120 });
  });

  it('takes another threshold', () => {
    expect(publishCount(9, 10)).toEqual({ kind: 'fewer', threshold: 10 });
    expect(publishCount(10, 10)).toEqual({ kind: 'exact', value: 10 });
  });

  it('hides a second cell when only one would be hidden beside a published total', () => {
    const cells = publishCountsWithTotal([40, 3, 12, 25]);
    expect(cells.map((c) => c.kind)).toEqual(['exact', 'fewer', 'fewer', 'exact']);
  });

  it('keeps every large cell when two or more are already hidden', () => {
    const cells = publishCountsWithTotal([40, 3, 1, 25]);
    expect(cells.map((c) => c.kind)).toEqual(['exact', 'fewer', 'fewer', 'exact']);
    expect(cells[0]).toEqual({ kind: 'exact', value: 40 });
  });

  it('shows every cell when none is small, and the total under the same rule', () => {
    expect(publishCountsWithTotal([7, 8]).every((c) => c.kind === 'exact')).toBe(true);
    expect(publishTotal([1, 2])).toEqual({ kind: 'fewer', threshold: 5 });
    expect(publishTotal([3, 2])).toEqual({ kind: 'exact', value: 5 });
  });

  it('hides a single small cell on its own when it is the only cell', () => {
    expect(publishCountsWithTotal([2])).toEqual([{ kind: 'fewer', threshold: 5 }]);
  });
});
