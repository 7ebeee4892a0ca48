import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runOpinionCommand } from './opinion.ts';
import { polisFixtures } from '../../test/fixtures/index.ts';

const polis = fileURLToPath(polisFixtures);
const seattle = join(polis, '15-per-hour-seattle');
const scratch = mkdtempSync(join(tmpdir(), 'cocity-opinion-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runOpinionCommand(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('cocity opinion analyze', () => {
  it('prints one JSON object with the documented shape', async () => {
    const { code, stdout, stderr } = await run('analyze', seattle, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['participants', 'statements', 'votes', 'inConversation', 'groups', 'consensus', 'groupAwareConsensus', 'ms']);
    expect(result).toMatchObject({ participants: 339, statements: 54, votes: 2872, inConversation: 138 });
    expect(result.groups.reduce((n: number, g: { members: string[] }) => n + g.members.length, 0)).toBe(138);
    // Participant 1 voted 13 times, so is clustered; ids are the file's own.
    expect(result.groups.flatMap((g: { members: string[] }) => g.members)).toContain('1');
    for (const r of result.groups.flatMap((g: { representative: unknown[] }) => g.representative)) {
      expect(r).toEqual({ statement: expect.any(String), side: expect.stringMatching(/^(agree|disagree)$/), pInGroup: expect.any(Number), pOthers: expect.any(Number) });
    }
    expect(result.consensus.agree.length).toBeGreaterThan(0);
    expect(result.groupAwareConsensus[0]).toEqual({ statement: expect.any(String), score: expect.any(Number) });
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run('analyze', seattle);
    expect(code).toBe(0);
    expect(stdout).toContain('339 participants, 54 statements (23 moderated out), 2872 votes');
    expect(stdout).toMatch(/Group 0 \(\d+ participants\)/);
    expect(stdout).toContain('Consensus, agree:');
  });

  it('falls back to votes.csv when there is no participants-votes.csv, with the same result', async () => {
    const dir = join(scratch, 'history-only');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(seattle, 'comments.csv'), join(dir, 'comments.csv'));
    copyFileSync(join(seattle, 'votes.csv'), join(dir, 'votes.csv'));
    const fromHistory = JSON.parse((await run('analyze', dir, '--json')).stdout);
    const fromExport = JSON.parse((await run('analyze', seattle, '--json')).stdout);
    expect(fromHistory.votes).toBe(fromExport.votes);
    expect(fromHistory.inConversation).toBe(fromExport.inConversation);
    expect(fromHistory.consensus).toEqual(fromExport.consensus);
  });

  it('exits 2 naming the file and line of a bad row', async () => {
    const dir = join(scratch, 'bad-row');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'comments.csv'), 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,d,0,1,0,0,1,ok\n');
    writeFileSync(join(dir, 'votes.csv'), 'timestamp,datetime,comment-id,voter-id,vote\n1,d,0,0,1\n2,d,0,1,maybe\n');
    const { code, stderr } = await run('analyze', dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`${join(dir, 'votes.csv')}:3: vote must be -1, 0 or 1`);
  });

  it('exits 2 for a missing directory or missing files', async () => {
    const missing = await run('analyze', join(scratch, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope: not a directory/);
    const empty = join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    expect((await run('analyze', empty)).stderr).toMatch(/comments\.csv: file not found/);
    writeFileSync(join(empty, 'comments.csv'), 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n');
    expect((await run('analyze', empty)).stderr).toMatch(/neither participants-votes\.csv nor votes\.csv/);
  });

  it('exits 2 with usage for a wrong invocation', async () => {
    for (const argv of [[], ['analyse', seattle], ['analyze'], ['analyze', seattle, '--yaml']]) {
      const { code, stderr } = await run(...argv);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: cocity opinion analyze DIR');
    }
    expect((await run('--help')).code).toBe(0);
  });
});
