import { describe, expect, it } from 'vitest';
import { publishCount, publishCountsWithTotal, publishTotal } from './small-counts.ts';

describe('small-count rule', () => {
  it('hides counts below 5 and shows the others', () => {
    expect(publishCount(0)).toEqual({ fewerThan: 5 });
    expect(publishCount(4)).toEqual({ fewerThan: 5 });
    expect(publishCount(5)).toEqual({ value: 5 });
    expect(publishCount(120)).toEqual({ value: 120 });
  });

  it('takes another threshold', () => {
    expect(publishCount(9, 10)).toEqual({ fewerThan: 10 });
    expect(publishCount(10, 10)).toEqual({ value: 10 });
  });

  it('hides a second cell when only one would be hidden beside a published total', () => {
    expect(publishCountsWithTotal([40, 3, 12, 25])).toEqual([{ value: 40 }, { fewerThan: 5 }, { fewerThan: 5 }, { value: 25 }]);
  });

  it('keeps every large cell when two or more are already hidden', () => {
    expect(publishCountsWithTotal([40, 3, 1, 25])).toEqual([{ value: 40 }, { fewerThan: 5 }, { fewerThan: 5 }, { value: 25 }]);
  });

  it('shows every cell when none is small, and the total under the same rule', () => {
    expect(publishCountsWithTotal([7, 8])).toEqual([{ value: 7 }, { value: 8 }]);
    expect(publishTotal([1, 2])).toEqual({ fewerThan: 5 });
    expect(publishTotal([3, 2])).toEqual({ value: 5 });
  });

  it('hides a single small cell on its own when it is the only cell', () => {
    expect(publishCountsWithTotal([2])).toEqual([{ fewerThan: 5 }]);
  });
});
