import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  analyzeConversation,
  moderatedOutIds,
  ParticipantsVotesReader,
  PolisExportError,
  readCommentsCsv,
  VotesCsvReader,
  type OpinionAnalysis,
  type PolisComment,
  type VoteMatrix,
} from '../engines/opinion/index.ts';
import { readInChunks, type ChunkReader } from './read-in-chunks.ts';

/** Where the command writes; the caller decides whether that is the terminal or a test buffer. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const usage = `Usage: cocity opinion analyze DIR [--json]
  DIR holds a Pol.is export: comments.csv and participants-votes.csv (or votes.csv).
  --json  print one JSON object instead of a readable summary`;

/** A problem the user can fix (bad directory or file): reported on stderr with exit code 2. */
class InputError extends Error {}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Streams a file through a reader (see readInChunks); undefined when the file does not exist. */
async function readIfPresent<T>(path: string, reader: ChunkReader<T>): Promise<T | undefined> {
  try {
    return await readInChunks(path, reader);
  } catch (error) {
    if (missing(error)) return undefined;
    // File-system errors carry a code; anything else (a bad row, a bug) goes on as it is.
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
}

/**
 * Reads a Pol.is export directory into a vote matrix; participants-votes.csv is preferred over the
 * vote history. The vote files go byte by byte into the matrix (no string or object per vote).
 */
export async function loadPolisExport(dir: string): Promise<{ matrix: VoteMatrix; comments: PolisComment[] }> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${dir}: not a directory`);
  const commentsPath = join(dir, 'comments.csv');
  const commentsBytes = await readFile(commentsPath).catch((error: unknown) => {
    throw new InputError(missing(error) ? `${commentsPath}: file not found` : `${commentsPath}: ${(error as Error).message}`);
  });
  const comments = readCommentsCsv(commentsBytes, commentsPath);
  const moderated = moderatedOutIds(comments);
  const participantsPath = join(dir, 'participants-votes.csv');
  const fromParticipants = await readIfPresent(participantsPath, new ParticipantsVotesReader(participantsPath, moderated));
  if (fromParticipants) return { matrix: fromParticipants, comments };
  const votesPath = join(dir, 'votes.csv');
  const reader = new VotesCsvReader(votesPath, { statements: comments.map((c) => c.id), moderatedOut: moderated });
  const fromVotes = await readIfPresent(votesPath, reader);
  if (!fromVotes) throw new InputError(`${dir}: neither participants-votes.csv nor votes.csv found`);
  return { matrix: fromVotes, comments };
}

/** The --json shape documented in docs/opinion-maps.md. */
function toJson(analysis: OpinionAnalysis, ms: number): string {
  return JSON.stringify({
    participants: analysis.participants,
    statements: analysis.statements,
    votes: analysis.votes,
    inConversation: analysis.inConversation.length,
    groups: analysis.groups.map((g) => ({
      id: g.id,
      members: g.members,
      representative: g.representative.map((r) => ({ statement: r.statement, side: r.side, pInGroup: r.pInGroup, pOthers: r.pOthers })),
    })),
    consensus: analysis.consensus,
    groupAwareConsensus: analysis.groupAwareConsensus,
    ms,
  });
}

const percent = (p: number) => `${Math.round(p * 100)}%`.padStart(4);

function toText(dir: string, matrix: VoteMatrix, analysis: OpinionAnalysis, comments: PolisComment[], ms: number): string {
  const bodies = new Map(comments.map((c) => [c.id, c.body.replace(/\s+/g, ' ')]));
  const label = (id: string) => {
    const body = bodies.get(id) ?? '';
    return `#${id} ${body.length > 90 ? `${body.slice(0, 89)}…` : body}`;
  };
  const moderated = matrix.moderatedOut.reduce((a, b) => a + b, 0);
  const lines = [
    `Pol.is export ${dir}`,
    `${analysis.participants} participants, ${analysis.statements} statements (${moderated} moderated out), ${analysis.votes} votes`,
    `${analysis.inConversation.length} participants in the conversation, ${analysis.groups.length} opinion groups`,
  ];
  for (const g of analysis.groups) {
    lines.push('', `Group ${g.id} (${g.members.length} participants) stands apart on:`);
    for (const r of g.representative) lines.push(`  ${r.side.padEnd(8)} ${percent(r.pInGroup)} here, ${percent(r.pOthers)} elsewhere  ${label(r.statement)}`);
  }
  lines.push('', 'Consensus, agree:', ...analysis.consensus.agree.map((id) => `  ${label(id)}`));
  lines.push('Consensus, disagree:', ...analysis.consensus.disagree.map((id) => `  ${label(id)}`));
  lines.push('', 'Group-aware consensus (every group agrees):', ...analysis.groupAwareConsensus.slice(0, 5).map((x) => `  ${x.score.toFixed(3)}  ${label(x.statement)}`));
  lines.push('', 'Most divisive:', ...analysis.divisive.slice(0, 5).map((x) => `  spread ${x.spread.toFixed(2)}  ${label(x.statement)}`));
  lines.push('', `Analysed in ${ms} ms.`);
  return lines.join('\n');
}

/** `cocity opinion …`: argv is what follows `opinion`; returns the exit code (2 for bad usage, directory or files). */
export async function runOpinionCommand(argv: string[], io: CommandIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === '--help' || subcommand === 'help') {
    io.stdout(usage);
    return 0;
  }
  const flags = rest.filter((a) => a.startsWith('--'));
  const positional = rest.filter((a) => !a.startsWith('--'));
  if (subcommand !== 'analyze' || positional.length !== 1 || flags.some((f) => f !== '--json')) {
    io.stderr(usage);
    return 2;
  }
  const dir = positional[0];
  try {
    const started = performance.now();
    const { matrix, comments } = await loadPolisExport(dir);
    const analysis = analyzeConversation(matrix);
    const ms = Math.round(performance.now() - started);
    io.stdout(flags.includes('--json') ? toJson(analysis, ms) : toText(dir, matrix, analysis, comments, ms));
    return 0;
  } catch (error) {
    if (error instanceof PolisExportError || error instanceof InputError) {
      io.stderr(`opinion analyze: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
