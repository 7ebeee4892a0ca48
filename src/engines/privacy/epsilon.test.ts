import { describe, expect, it } from 'vitest';
import { epsilon, formatEpsilon, parseEpsilon } from './epsilon.ts';

describe('ε as an exact fraction', () => {
  it('reads integers, decimals and fractions', () => {
    expect(parseEpsilon('1')).toEqual(epsilon('1/1'));
    expect(parseEpsilon('0.5')).toEqual(epsilon('1/2'));
    expect(parseEpsilon(' 2.25 ')).toEqual(epsilon('9/4'));
    const third = parseEpsilon('1/3')!;
    expect([third.num, third.den]).toEqual([1n, 3n]);
  });

  it('adds without rounding: three releases of 1/3 spend exactly 1', () => {
    const third = epsilon('1/3');
    expect(third.add(third).add(third).compare(epsilon('1'))).toBe(0);
  });

  it.each(['0', '0.0', '-1', 'abc', '1/0', '', '1e3', '1/3/4', '.5', '1234567', '0.1234567'])('refuses "%s"', (text) => {
    expect(parseEpsilon(text)).toBeNull();
    expect(() => epsilon(text)).toThrow(/ε must be a positive number/);
  });

  it('writes short decimals as decimals and the rest as fractions', () => {
    expect(formatEpsilon(epsilon('1'))).toBe('1');
    expect(formatEpsilon(epsilon('0.5'))).toBe('0.5');
    expect(formatEpsilon(epsilon('1/8'))).toBe('0.125');
    expect(formatEpsilon(epsilon('12.75'))).toBe('12.75');
    expect(formatEpsilon(epsilon('1/3'))).toBe('1/3');
    expect(formatEpsilon(epsilon('4/6'))).toBe('2/3');
  });
});
