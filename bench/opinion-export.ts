// Writes the 1,000,000-vote Pol.is export the opinion benchmark times the command line on.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticConversation } from '../src/engines/opinion/synthetic-conversation.ts';

/** Size of the generated export: 100k participants × 2k statements, 1M votes. */
export const EXPORT_SPEC = { participants: 100_000, statements: 2_000, votes: 1_000_000, groupWeights: [5, 3, 2], seed: 1 };
// Bumped whenever the written text changes, so a stale cached copy is rewritten.
const FORMAT_VERSION = 1;

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
/** Pol.is's own datetime column, e.g. `Tue Jun 30 15:49:52 UTC 2015` (readers ignore it, but it is half the bytes). */
function polisDate(ms: number): string {
  const d = new Date(ms);
  return `${weekdays[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/**
 * Returns a directory holding comments.csv and votes.csv as Pol.is writes them (integer ids, one vote
 * per line in time order), generating it once into the system's temporary directory.
 */
export function onePointMillionVoteExport(): string {
  const dir = join(tmpdir(), `cocity-bench-polis-1m-v${FORMAT_VERSION}`);
  if (existsSync(join(dir, 'votes.csv'))) return dir;
  mkdirSync(dir, { recursive: true });
  const s = syntheticConversation(EXPORT_SPEC);
  const start = Date.UTC(2024, 0, 1);
  const comments = ['timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body'];
  for (let c = 0; c < EXPORT_SPEC.statements; c++) comments.push(`${start},${polisDate(start)},${c},${c % 97},0,0,1,Statement number ${c}`);
  // Votes are shuffled in time (a conversation interleaves participants), then written in time order.
  const lines: string[] = ['timestamp,datetime,comment-id,voter-id,vote'];
  const n = s.cells.participant.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let state = 12345;
  for (let i = n - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; i < n; i++) {
    const e = order[i];
    const time = start + 1000 + i * 250;
    lines.push(`${time},${polisDate(time)},${s.cells.statement[e]},${s.cells.participant[e]},${s.cells.value[e]}`);
  }
  writeFileSync(join(dir, 'comments.csv.part'), comments.join('\n') + '\n');
  writeFileSync(join(dir, 'votes.csv.part'), lines.join('\n') + '\n');
  renameSync(join(dir, 'comments.csv.part'), join(dir, 'comments.csv'));
  renameSync(join(dir, 'votes.csv.part'), join(dir, 'votes.csv'));
  return dir;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const dir = onePointMillionVoteExport();
  console.log(dir, (readFileSync(join(dir, 'votes.csv')).length / 1e6).toFixed(1), 'MB');
}
