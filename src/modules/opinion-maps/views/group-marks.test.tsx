import { describe, expect, it } from 'vitest';
import { groupMark, groupMarks } from './group-marks.tsx';
import { MapSvg } from './map-svg.tsx';
import type { MapResults } from '../results.ts';

// WCAG relative luminance and contrast ratio against white.
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('group marks', () => {
  it('gives every group a colour readable on white and its own shape and letter', () => {
    for (const mark of groupMarks) expect(contrastOnWhite(mark.colour)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(groupMarks.map((m) => m.shape)).size).toBe(groupMarks.length);
    expect(new Set(groupMarks.map((m) => m.letter)).size).toBe(groupMarks.length);
    expect(groupMark(5).letter).toBe('A2');
  });

  it('draws each group in its shape, rings the viewer, and describes the map in text', () => {
    const results: MapResults = {
      participants: 3,
      votes: 9,
      groups: [
        { id: 0, size: 2, representative: [] },
        { id: 1, size: 1, representative: [] },
      ],
      consensus: { agree: [], disagree: [] },
      groupAwareConsensus: [],
      divisive: [],
      points: [
        { participantId: 'p1', x: -1, y: 0.5, group: 0 },
        { participantId: 'p2', x: -0.8, y: 0.4, group: 0 },
        { participantId: 'p3', x: 1, y: -0.2, group: 1 },
      ],
      computedAt: new Date().toISOString(),
    };
    const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;
    const svg = String(<MapSvg results={results} t={t} you="p3" />);
    expect(svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="5"/g)).toHaveLength(2);
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="10"/g)).toHaveLength(1);
    expect(svg).toContain('r="11" fill="none" stroke="#000000"');
    expect(svg).toContain('<desc id="opinion-map-desc">opinion.map.description');
    expect(svg).not.toContain('p1');
  });
});
