import { stakeholderGroups, type StakeholderGroup } from '../groups.ts';
import type { CodeRow, InterviewRow, SegmentRow } from './interview-queries.ts';
import { codePointSlice } from './transcript-units.ts';

/** What the analysis reads: interviews (withdrawn ones are left out here), the codebook and the coded segments. */
export interface AnalysisInput {
  interviews: InterviewRow[];
  codes: CodeRow[];
  segments: SegmentRow[];
}

export interface Quote {
  interviewId: string;
  group: StakeholderGroup;
  text: string;
}

export interface Analysis {
  /** Interviews per group. */
  interviews: Record<StakeholderGroup, number>;
  /** code id → group → number of interviews in which the code (or one below it) was applied at least once. */
  frequencies: Map<string, Record<StakeholderGroup, number>>;
  /** "codeA|codeB" (ids in sorted order) → number of interviews where segments carrying them overlap. */
  cooccurrences: Map<string, number>;
  /** Orientation seed key → quotes from interviews whose consent allows publishing quotes. */
  quotes: Record<string, Quote[]>;
}

const emptyCounts = () => Object.fromEntries(stakeholderGroups.map((g) => [g, 0])) as Record<StakeholderGroup, number>;

/** Each code with itself and every code above it (a segment coded "Eco City" also counts for "Orientations"). */
function ancestry(codes: readonly CodeRow[]): Map<string, string[]> {
  const parent = new Map(codes.map((c) => [c.id, c.parent_id]));
  return new Map(
    codes.map((c) => {
      const chain: string[] = [];
      for (let id: string | null | undefined = c.id; id && !chain.includes(id); id = parent.get(id)) chain.push(id);
      return [c.id, chain];
    }),
  );
}

/**
 * Code frequencies count interviews, not segments, so one talkative interviewee weighs as much as a
 * brief one; co-occurrences count interviews too.
 */
export function analyseInterviews(input: AnalysisInput): Analysis {
  const live = input.interviews.filter((i) => !i.withdrawn_at);
  const byId = new Map(live.map((i) => [i.id, i]));
  const up = ancestry(input.codes);
  const interviews = emptyCounts();
  for (const i of live) interviews[i.stakeholder_group as StakeholderGroup] += 1;
  const applied = new Map<string, Set<string>>(); // code → interviews
  const bySegmentInterview = new Map<string, SegmentRow[]>();
  for (const s of input.segments) {
    if (!byId.has(s.interview_id)) continue;
    bySegmentInterview.set(s.interview_id, [...(bySegmentInterview.get(s.interview_id) ?? []), s]);
    for (const code of s.codeIds) for (const id of up.get(code) ?? []) applied.set(id, (applied.get(id) ?? new Set()).add(s.interview_id));
  }
  const frequencies = new Map<string, Record<StakeholderGroup, number>>();
  for (const c of input.codes) {
    const counts = emptyCounts();
    for (const interviewId of applied.get(c.id) ?? []) counts[byId.get(interviewId)!.stakeholder_group as StakeholderGroup] += 1;
    frequencies.set(c.id, counts);
  }
  const pairs = new Map<string, Set<string>>();
  for (const [interviewId, segments] of bySegmentInterview) {
    for (let i = 0; i < segments.length; i++) {
      for (let j = i; j < segments.length; j++) {
        const [a, b] = [segments[i], segments[j]];
        if (i !== j && (a.end_offset <= b.start_offset || b.end_offset <= a.start_offset)) continue;
        for (const x of a.codeIds) for (const y of b.codeIds) if (x !== y) pairs.set([x, y].sort().join('|'), (pairs.get([x, y].sort().join('|')) ?? new Set()).add(interviewId));
      }
    }
  }
  const seedOf = new Map(input.codes.map((c) => [c.id, c.seed_key]));
  const quotes: Record<string, Quote[]> = { 'orientation.digitalBusiness': [], 'orientation.ecoCity': [], 'orientation.ethicHuman': [] };
  for (const s of input.segments) {
    const interview = byId.get(s.interview_id);
    if (!interview || interview.consent !== 'quotes') continue;
    const orientations = new Set(s.codeIds.flatMap((c) => (up.get(c) ?? []).map((id) => seedOf.get(id)).filter((k): k is string => Boolean(k && k in quotes))));
    for (const key of orientations) quotes[key].push({ interviewId: interview.id, group: interview.stakeholder_group as StakeholderGroup, text: codePointSlice(interview.transcript, s.start_offset, s.end_offset) });
  }
  return { interviews, frequencies, cooccurrences: new Map([...pairs].map(([k, v]) => [k, v.size])), quotes };
}
