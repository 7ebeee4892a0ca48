// Benchmark of the opinion-map pipeline: `node --import tsx bench/opinion.ts`.
// Each case runs in its own child process so its peak memory (max RSS) is its own.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzeConversation,
  buildVoteMatrixFromIndices,
  moderatedOutIds,
  readCommentsCsv,
  readParticipantsVotesMatrix,
  seededRandom,
  VotesCsvReader,
  withVotes,
  type Vote,
  type VoteMatrix,
} from '../src/engines/opinion/index.ts';
import { syntheticConversation } from '../src/engines/opinion/synthetic-conversation.ts';
import { benchData, benchDataLine } from './data.ts';
import { cliTable } from './opinion-cli.ts';
import { groupsTable } from './opinion-groups.ts';
import { onePointMillionVoteExport } from './opinion-export.ts';

const polisData = benchData('polis');
const conversations = ['15-per-hour-seattle', 'brexit-consensus', 'scoop-hivemind.biodiversity', 'vtaiwan.uberx'];
const SYNTHETIC = 'synthetic 100k × 2k, 1M votes';
const EXPORT = 'the same as a Pol.is votes.csv (55.5 MB)';
const REPEATS = 3;

interface CaseResult {
  name: string;
  participants: number;
  statements: number;
  votes: number;
  loadMs: number;
  loadCpuMs: number;
  firstMs: number;
  bestMs: number;
  updateMs: number;
  peakMb: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Streams a file through a reader 1 MB at a time, as the command line does. */
function streamSync<T>(path: string, reader: { push(chunk: Uint8Array): void; end(): T }): T {
  const fd = openSync(path, 'r');
  const buffer = new Uint8Array(1 << 20);
  for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) reader.push(buffer.subarray(0, n));
  closeSync(fd);
  return reader.end();
}

/** Reads and parses an export (timed as "load"), or generates the synthetic conversation (not timed) and builds its matrix. */
function load(name: string): { matrix: VoteMatrix; loadMs: number; loadCpuMs: number } {
  const dir = name === EXPORT ? onePointMillionVoteExport() : ''; // generated (once) before the clock starts
  const synthetic = name === SYNTHETIC ? syntheticConversation({ participants: 100_000, statements: 2_000, votes: 1_000_000, groupWeights: [5, 3, 2], seed: 1 }) : undefined;
  const started = performance.now();
  const startedCpu = cpuMs();
  let matrix: VoteMatrix;
  if (synthetic) matrix = buildVoteMatrixFromIndices(synthetic.participantIds, synthetic.statementIds, synthetic.cells);
  else if (dir) {
    const comments = readCommentsCsv(readFileSync(join(dir, 'comments.csv')));
    const reader = new VotesCsvReader('votes.csv', { statements: comments.map((c) => c.id), moderatedOut: moderatedOutIds(comments) });
    matrix = streamSync(join(dir, 'votes.csv'), reader);
  } else {
    const read = (file: string) => readFileSync(new URL(`${name}/${file}`, polisData));
    matrix = readParticipantsVotesMatrix(read('participants-votes.csv'), moderatedOutIds(readCommentsCsv(read('comments.csv'))));
  }
  return { matrix, loadMs: performance.now() - started, loadCpuMs: cpuMs() - startedCpu };
}

/** 1,000 new votes by existing participants on statements still in the conversation. */
function newVotes(matrix: VoteMatrix, seed: number): Vote[] {
  const random = seededRandom(seed);
  const open = matrix.statementIds.filter((_, s) => !matrix.moderatedOut[s]);
  return Array.from({ length: 1000 }, () => ({
    participant: matrix.participantIds[Math.floor(random() * matrix.participantIds.length)],
    statement: open[Math.floor(random() * open.length)],
    vote: (Math.floor(random() * 3) - 1) as Vote['vote'],
  }));
}

function runCase(name: string): CaseResult {
  const { matrix, loadMs, loadCpuMs } = load(name);
  const times: number[] = [];
  const updates: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    let started = performance.now();
    const analysis = analyzeConversation(matrix);
    times.push(performance.now() - started);
    const votes = newVotes(matrix, r + 1);
    started = performance.now();
    analyzeConversation(withVotes(matrix, votes), { previous: analysis.state });
    updates.push(performance.now() - started);
  }
  return {
    name,
    participants: matrix.participantIds.length,
    statements: matrix.statementIds.length,
    votes: matrix.columns.length,
    loadMs,
    loadCpuMs,
    firstMs: times[0],
    bestMs: Math.min(...times),
    updateMs: Math.min(...updates),
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
}

function table(results: CaseResult[], baselineMb: number): string {
  const header = ['case', 'participants', 'statements', 'votes', 'load ms (CPU ms)', 'analyse ms (first)', `analyse ms (best of ${REPEATS})`, 'update ms (+1,000 votes)', 'peak RSS MB'];
  const rows = results.map((r) => [
    r.name,
    r.participants.toLocaleString('en'),
    r.statements.toLocaleString('en'),
    r.votes.toLocaleString('en'),
    `${r.loadMs.toFixed(0)} (${r.loadCpuMs.toFixed(0)})`,
    r.firstMs.toFixed(0),
    r.bestMs.toFixed(0),
    r.updateMs.toFixed(0),
    r.peakMb.toFixed(0),
  ]);
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return `${lines.join('\n')}\n\nPeak RSS includes Node and tsx themselves: ${baselineMb.toFixed(0)} MB for a process that only loads the engine.`;
}

const caseArg = process.argv.indexOf('--case');
if (caseArg >= 0) {
  const name = process.argv[caseArg + 1];
  const result = name === 'baseline' ? { peakMb: process.resourceUsage().maxRSS / 1024 } : runCase(name);
  process.stdout.write(JSON.stringify(result));
} else {
  console.log(benchDataLine('polis'));
  const script = fileURLToPath(import.meta.url);
  const child = (name: string) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, script, '--case', name], { encoding: 'utf8' }));
  const baseline = child('baseline').peakMb as number;
  const results = [...conversations, SYNTHETIC, EXPORT].map((name) => child(name) as CaseResult);
  console.log('### Engine, in process\n');
  console.log(table(results, baseline));
  console.log('\n### The command line, end to end\n');
  console.log(cliTable());
  console.log('\nReference (reported in the issue, not measured in this run: Pol.is cannot be installed from the npm or Debian');
  console.log('registries, the only ones this machine reaches): Pol.is\'s Python port reports 87 s for a 1,034,858-vote conversation,');
  console.log('and its Clojure service falls back to random sampling above 10,000 participants.');
  console.log('\n### Opinion groups against Pol.is\'s own\n');
  console.log(groupsTable());
}
