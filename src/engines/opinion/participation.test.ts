import { describe, expect, it } from 'vitest';
import { selectInConversation } from './participation.ts';

describe('selectInConversation', () => {
  it('admits participants with min(7, n_statements) votes and tops up to 15 with the most active', () => {
    const voted = Int32Array.from([7, 6, 0, 9, 3, 1]);
    expect(Array.from(selectInConversation(voted, 50))).toEqual([1, 1, 0, 1, 1, 1]);
  });

  it('uses the number of statements as threshold when there are fewer than 7', () => {
    const voted = new Int32Array(20).fill(2);
    voted[0] = 3;
    voted[19] = 1;
    const inConv = selectInConversation(voted, 3);
    expect(inConv[0]).toBe(1);
    expect(inConv.reduce((a, b) => a + b, 0)).toBe(15); // 1 qualifies, 14 of the 18 with two votes join
    expect(inConv[19]).toBe(0);
    expect(Array.from(inConv.subarray(1, 15))).toEqual(new Array(14).fill(1));
  });

  it('keeps those who were in before', () => {
    const voted = new Int32Array(30).fill(8);
    voted[3] = 2;
    expect(selectInConversation(voted, 100)[3]).toBe(0);
    expect(selectInConversation(voted, 100, (p) => p === 3)[3]).toBe(1);
  });
});
