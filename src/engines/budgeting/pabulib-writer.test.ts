import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot, Election, VoteType } from './election.ts';
import { readPabulib } from './pabulib-reader.ts';
import { writePabulib } from './pabulib-writer.ts';
import { pabulibFixtures } from '../../../test/fixtures/index.ts';

const DATA = pabulibFixtures;

// Text without leading/trailing blanks or commas (ids are comma-separated in votes), never empty.
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '' && !s.includes(','));
const freeText = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !/^\s|\s$/.test(s));

const electionArb: fc.Arbitrary<Election> = fc
  .record({
    voteType: fc.constantFrom<VoteType>('approval', 'choose-1', 'cumulative', 'ordinal', 'scoring'),
    ids: fc.uniqueArray(text, { minLength: 1, maxLength: 6 }),
    costs: fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0.5, 1234.25)), { minLength: 6, maxLength: 6 }),
    names: fc.array(fc.option(freeText, { nil: undefined }), { minLength: 6, maxLength: 6 }),
    budget: fc.integer({ min: 0, max: 10_000_000 }),
    rawBallots: fc.array(fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 0, max: 9 })), { maxLength: 4 }), { maxLength: 8 }),
    withIds: fc.boolean(),
    meta: fc.dictionary(text.filter((k) => !['budget', 'vote_type', 'num_projects', 'num_votes'].includes(k)), freeText, { maxKeys: 3 }),
  })
  .map(({ voteType, ids, costs, names, budget, rawBallots, withIds, meta }) => {
    const projects = ids.map((id, i) => (names[i] === undefined ? { id, cost: costs[i] } : { id, cost: costs[i], name: names[i] }));
    const ballots: Ballot[] = rawBallots.map((raw) => {
      const seen = new Set<string>();
      const entries = raw.map(([p, points]) => ({ id: ids[p % ids.length], points })).filter((e) => !seen.has(e.id) && seen.add(e.id));
      const limited = voteType === 'choose-1' ? entries.slice(0, 1) : entries;
      return voteType === 'cumulative' || voteType === 'scoring' ? limited : limited.map((e) => e.id);
    });
    const election: Election = { budget, voteType, projects, ballots };
    if (withIds) election.voterIds = ballots.map((_, i) => `v${i + 1}`);
    if (Object.keys(meta).length > 0) election.meta = meta;
    return election;
  });

describe('writePabulib', () => {
  it('round-trips generated elections: readPabulib(writePabulib(x)) equals x', () => {
    fc.assert(
      fc.property(electionArb, (election) => {
        expect(readPabulib(writePabulib(election))).toEqual(election);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a META key named __proto__ as a plain entry (found by the property above)', () => {
    const meta: Record<string, string> = {};
    Object.defineProperty(meta, '__proto__', { value: 'x', enumerable: true, writable: true, configurable: true });
    const election: Election = { budget: 0, voteType: 'approval', projects: [{ id: 'a', cost: 1 }], ballots: [], meta };
    expect(Object.keys(readPabulib(writePabulib(election)).meta ?? {})).toEqual(['__proto__']);
  });

  it('round-trips every Pabulib fixture', () => {
    for (const file of readdirSync(DATA).filter((f) => f.endsWith('.pb'))) {
      const election = readPabulib(readFileSync(new URL(file, DATA), 'utf8'));
      expect(readPabulib(writePabulib(election)), file).toEqual(election);
    }
  });

  it('quotes fields holding separators or quotes and writes derived META counts', () => {
    const election: Election = {
      budget: 100,
      voteType: 'approval',
      projects: [{ id: 'p', cost: 40, name: 'Park; "north"' }],
      ballots: [['p'], []],
    };
    const written = writePabulib(election);
    expect(written).toContain('p;40;"Park; ""north"""');
    expect(written).toContain('num_votes;2');
    // The empty ballot is written as a quoted empty field, not as a blank line.
    expect(written.split('\n').slice(-3)).toEqual(['p', '""', '']);
  });
});
