import { describe, expect, it } from 'vitest';
import { currentPhase, isClosed, processSpan } from './current-phase.ts';

const phases = [
  { id: 'b', position: 2, starts_on: '2026-03-01', ends_on: '2026-03-31' },
  { id: 'a', position: 1, starts_on: '2026-01-01', ends_on: '2026-02-28' },
  { id: 'c', position: 3, starts_on: '2026-04-01', ends_on: '2026-04-30' },
];

describe('currentPhase', () => {
  it('follows the dates, both ends included', () => {
    expect(currentPhase(phases, null, '2026-01-01')?.id).toBe('a');
    expect(currentPhase(phases, null, '2026-02-28')?.id).toBe('a');
    expect(currentPhase(phases, null, '2026-03-15')?.id).toBe('b');
    expect(currentPhase(phases, null, '2026-04-30')?.id).toBe('c');
  });

  it('has no current phase before the first, after the last or between phases', () => {
    expect(currentPhase(phases, null, '2025-12-31')).toBeNull();
    expect(currentPhase(phases, null, '2026-05-01')).toBeNull();
    expect(currentPhase([phases[1], phases[2]], null, '2026-03-10')).toBeNull();
  });

  it('prefers the phase set by hand, and falls back to the dates if that phase is gone', () => {
    expect(currentPhase(phases, 'c', '2026-01-10')?.id).toBe('c');
    expect(currentPhase(phases, 'deleted', '2026-01-10')?.id).toBe('a');
  });

  it('picks the first phase in order when two overlap', () => {
    const overlapping = [
      { id: 'late', position: 2, starts_on: '2026-01-01', ends_on: '2026-12-31' },
      { id: 'early', position: 1, starts_on: '2026-01-01', ends_on: '2026-06-30' },
    ];
    expect(currentPhase(overlapping, null, '2026-02-01')?.id).toBe('early');
  });
});

describe('isClosed and processSpan', () => {
  it('closes a process once its last phase has ended', () => {
    expect(isClosed(phases, null, '2026-04-30')).toBe(false);
    expect(isClosed(phases, null, '2026-05-01')).toBe(true);
    expect(isClosed([], null, '2030-01-01')).toBe(false);
  });

  it('keeps a process open while a phase chosen by hand runs, even after the dates', () => {
    expect(isClosed(phases, 'b', '2026-05-01')).toBe(false);
    expect(isClosed(phases, 'deleted', '2026-05-01')).toBe(true);
  });

  it('spans from the first start to the last end', () => {
    expect(processSpan(phases)).toEqual({ startsOn: '2026-01-01', endsOn: '2026-04-30' });
    expect(processSpan([])).toBeNull();
  });
});
