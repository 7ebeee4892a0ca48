import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../test/support/command.ts';

const work = mkdtempSync(join(tmpdir(), 'cocity-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A Pol.is export whose analysis prints over 1 MB of JSON: 70,000 participants with long ids in two camps. */
function bigConversation(): string {
  const dir = mkdtempSync(join(work, 'conversation-'));
  const statements = 8;
  const comments = ['timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body'];
  for (let s = 0; s < statements; s++) comments.push(`0,x,${s},0,0,0,1,Statement ${s}`);
  writeFileSync(join(dir, 'comments.csv'), comments.join('\n') + '\n');
  const rows = [`participant,group-id,n-comments,n-votes,n-agree,n-disagree,${[...Array(statements).keys()].join(',')}`];
  for (let p = 0; p < 70_000; p++) {
    const camp = p % 2 ? 1 : -1;
    const votes = [...Array(statements).keys()].map((s) => (s < 4 ? camp : -camp) * ((p * 7 + s) % 5 === 0 ? -1 : 1));
    rows.push(`${1e12 + p},,0,${statements},0,0,${votes.join(',')}`);
  }
  writeFileSync(join(dir, 'participants-votes.csv'), rows.join('\n') + '\n');
  return dir;
}

/** A Pabulib election of 1,000 projects with 120-character ids: its JSON result is ~120 KB, more than a pipe holds. */
function bigElection(): string {
  const id = (p: number) => `project-${String(p).padStart(112, '0')}`;
  const projects = [...Array(1000).keys()].map((i) => i + 1);
  const lines = ['META', 'key;value', 'description;generated', 'country;Nowhere', 'unit;Test', 'instance;1', 'num_projects;1000', 'num_votes;2', 'budget;10000', 'vote_type;approval'];
  lines.push('PROJECTS', 'project_id;cost;name', ...projects.map((p) => `${id(p)};${5 + (p % 5)};Project ${p}`));
  lines.push('VOTES', 'voter_id;vote', `1;${projects.map(id).join(',')}`, `2;${projects.slice(0, 500).map(id).join(',')}`);
  const file = join(work, 'many-projects.pb');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('the command line through a pipe', () => {
  it('writes the whole of a 1 MB `opinion analyze --json` before exiting', async () => {
    const run = await runCommand([bigConversation()], { shell: 'node bin/cocity.js opinion analyze "$1" --json | cat' });
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    const result = JSON.parse(run.stdout) as { inConversation: number; groups: { members: string[] }[] };
    expect(result.groups.reduce((n, g) => n + g.members.length, 0)).toBe(result.inConversation);
  });

  it('writes every result of `pb tally` on many files, over 1 MB in all', async () => {
    const files = Array<string>(10).fill(bigElection());
    const run = await runCommand(files, { shell: 'node bin/cocity.js pb tally "$@" --rule greedy --json | cat' });
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    for (const line of lines) expect((JSON.parse(line) as { selected: string[] }).selected).toHaveLength(1000);
  });

  it('stops quietly, with success, when the reader closes the pipe early', async () => {
    const files = Array<string>(10).fill(bigElection());
    // The command's own error output and exit code both reach the test's stderr; `head` keeps 100 bytes and leaves.
    const run = await runCommand(files, { shell: '{ node bin/cocity.js pb tally "$@" --json; echo "exit $?" >&2; } | head -c 100 >/dev/null' });
    expect(run.stderr).toBe('exit 0\n');
  });
});
