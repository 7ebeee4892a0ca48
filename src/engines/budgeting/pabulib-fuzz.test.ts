import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feedInPieces } from '../csv/testing/feed-in-pieces.ts';
import { PabulibError } from './pabulib-csv.ts';
import { PabulibReader, readPabulib } from './pabulib-reader.ts';
import { referencePabulib } from './testing/reference-pabulib.ts';
import { pabulibFixtures as DATA } from '../../../test/fixtures/index.ts';

/** The election, or the problem as the user sees it; any other exception escapes and fails the test. */
function outcome(read: () => unknown): unknown {
  try {
    return { election: read() };
  } catch (error) {
    if (error instanceof PabulibError) return { line: error.line, message: error.message };
    throw error;
  }
}

/** Reads bytes through the streaming reader, cut into pieces at `cuts`. */
const chunked = (bytes: Uint8Array, cuts: number[]) => feedInPieces(new PabulibReader(), bytes, cuts);

const HUGE = '9'.repeat(400); // more digits than a double holds: Number() reads Infinity

// Pabulib-shaped files that are mostly right, with the mistakes real files and attackers make.
const mostly = <T,>(valid: T[], wrong: T[]) => fc.oneof({ weight: 25, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...wrong) });
const quotedMaybe = (g: fc.Arbitrary<string>) => fc.tuple(g, fc.nat(5)).map(([v, q]) => (q === 0 || /[;"\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v));
const projectIds = ['1', '2', '10', 'a1', '012', 'é'];
const amount = mostly(['100', '4000.0', '12.5', '0', ' 7 '], ['-5', 'lots', HUGE, '1e3', '']);
const voteType = mostly(['approval', 'cumulative', 'ordinal', 'choose-1', 'scoring'], ['quadratic', '']);
const list = (items: fc.Arbitrary<string>) => fc.array(items, { maxLength: 4 }).map((xs) => xs.join(','));
const pointsList = list(mostly(['1', '2', '0.5', ' 3'], ['-1', 'x', HUGE]));
const line = fc.constantFrom('\n', '\n', '\r\n');
const projectRows = fc.uniqueArray(fc.tuple(fc.constantFrom(...projectIds), amount, quotedMaybe(fc.constantFrom('Park; north', 'Piknik "R"', ''))), {
  minLength: 1,
  maxLength: 5,
  selector: (p) => p[0],
});

const pabulibText = projectRows
  .chain((projects) => {
    const ids = projects.map((p) => p[0]);
    const listed = mostly([...ids, ...ids.map((id) => ` ${id}`)], ['zz', '']);
    return fc.record({
      projects: fc.constant(projects),
      budget: amount,
      voteType,
      countOff: mostly(['exact', 'absent'], ['off']),
      sameProjectTwice: mostly([false], [true]),
      voters: fc.array(fc.tuple(list(listed), pointsList, fc.constantFrom('', '30', 'M'), mostly([false], [true])), { maxLength: 8 }),
      pointsColumn: mostly([true], [false]),
      votesFirst: mostly([false], [true]),
      blank: fc.boolean(),
      end: line,
    });
  })
  .map((f) => {
    const withPoints = (f.voteType === 'cumulative' || f.voteType === 'scoring') === f.pointsColumn;
    const count = f.countOff === 'absent' ? [] : [`num_votes;${f.voters.length + (f.countOff === 'off' ? 1 : 0)}`];
    const meta = ['META', 'key;value', `budget;${f.budget}`, `vote_type;${f.voteType}`, ...count];
    const rows = f.projects.map((p) => p.join(';'));
    const projects = ['PROJECTS', 'project_id;cost;name', ...rows, ...(f.sameProjectTwice ? [rows[0]] : [])];
    const votes = [
      'VOTES',
      withPoints ? 'voter_id;vote;points;age' : 'voter_id;vote;age',
      ...f.voters.map(([v, p, age, reused], i) => [reused && i > 0 ? 'v0' : `v${i}`, v, ...(withPoints ? [p] : []), age].join(';')),
    ];
    const sections = f.votesFirst ? [votes, meta, projects] : [meta, projects, votes];
    return sections.map((s) => s.join(f.end)).join(f.blank ? `${f.end}${f.end}` : f.end);
  });

describe('Pabulib reader against the plain reference', () => {
  it('reads every fixture file exactly as the reference does, whole and in small chunks', () => {
    const files = readdirSync(DATA).filter((f) => f.endsWith('.pb'));
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) {
      const bytes = readFileSync(new URL(file, DATA));
      const expected = referencePabulib(bytes.toString('utf8'));
      expect(readPabulib(bytes), file).toEqual(expected);
      expect(chunked(bytes, Array.from({ length: 40 }, (_, i) => i * 997)), file).toEqual(expected);
    }
  }, 120_000);

  it('gives the same election or the same line-numbered problem on generated files (property)', () => {
    fc.assert(
      fc.property(pabulibText, fc.array(fc.nat(600), { maxLength: 5 }), (text, cuts) => {
        expect(outcome(() => chunked(new TextEncoder().encode(text), cuts))).toEqual(outcome(() => referencePabulib(text)));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers any bytes with an election or a line-numbered PabulibError, never another exception (property)', () => {
    const token = fc.constantFrom('META\n', 'PROJECTS\n', 'VOTES\n', 'key;value\n', 'budget;', 'vote_type;approval\n', 'project_id;cost\n', 'voter_id;vote\n', '1;', '2,1', ';', ',', '"', '\n', '\r', HUGE, '\xff', 'é');
    const input = fc.oneof(
      fc.array(token, { maxLength: 40 }).map((ts) => new TextEncoder().encode(ts.join(''))),
      fc.uint8Array({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(input, fc.array(fc.nat(300), { maxLength: 4 }), (bytes, cuts) => {
        const result = outcome(() => chunked(bytes, cuts)) as { line?: number; message?: string };
        if (result.message !== undefined) expect(result.message).toMatch(new RegExp(`^line ${result.line}: `));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses numbers of more than 308 digits with their line instead of reading them as Infinity', () => {
    const file = (budget: string, cost: string, points: string) =>
      ['META', 'key;value', `budget;${budget}`, 'vote_type;cumulative', 'PROJECTS', 'project_id;cost', `a;${cost}`, 'VOTES', 'voter_id;vote;points', `1;a;${points}`].join('\n');
    expect(() => readPabulib(file(HUGE, '5', '1'))).toThrow(/^line 3: META budget is not a non-negative number/);
    expect(() => readPabulib(file('10', HUGE, '1'))).toThrow(/^line 7: cost of project a is not a non-negative number/);
    expect(() => readPabulib(file('10', '5', HUGE))).toThrow(/^line 10: points value "9+" is not a non-negative number/);
    expect(readPabulib(file('1' + '0'.repeat(300), '5', '1')).budget).toBe(1e300); // 301 digits still fit a double
  });
});
