// Our opinion groups beside Pol.is's own (the group-id column of its export), per shared conversation.
import { readFileSync } from 'node:fs';
import {
  adjustedRandIndex,
  analyzeConversation,
  buildVoteMatrix,
  moderatedOutIds,
  readCommentsCsv,
  readParticipantsVotesCsv,
  readParticipantsVotesMatrix,
  readVotesCsv,
  withVotes,
  type OpinionAnalysis,
  type VoteMatrix,
} from '../src/engines/opinion/index.ts';
import { benchData } from './data.ts';

const polisData = benchData('polis');
const conversations = ['15-per-hour-seattle', 'brexit-consensus', 'scoop-hivemind.biodiversity', 'vtaiwan.uberx'];
/** Votes between two analyses when the history is replayed, as a live map recomputes after a batch of votes. */
const REPLAY_BATCH = 500;

function agreement(matrix: VoteMatrix, analysis: OpinionAnalysis, polisGroup: Map<string, number | null>): string {
  const ours: number[] = [];
  const theirs: number[] = [];
  matrix.participantIds.forEach((id, p) => {
    const g = polisGroup.get(id);
    if (g === null || g === undefined || analysis.groupOf[p] < 0) return;
    ours.push(analysis.groupOf[p]);
    theirs.push(g);
  });
  return `${adjustedRandIndex(ours, theirs).toFixed(3)} (${ours.length})`;
}

/** One row per conversation: k and ARI for the analysis of the final export and for a replay of its history. */
export function groupsTable(): string {
  const rows = conversations.map((name) => {
    const read = (file: string) => readFileSync(new URL(`${name}/${file}`, polisData));
    const comments = readCommentsCsv(read('comments.csv'));
    const exported = readParticipantsVotesCsv(read('participants-votes.csv'));
    const polisGroup = new Map(exported.participants.map((p) => [p.id, p.groupId]));
    const polisK = new Set(exported.participants.flatMap((p) => (p.groupId === null ? [] : [p.groupId]))).size;
    const matrix = readParticipantsVotesMatrix(read('participants-votes.csv'), moderatedOutIds(comments));
    const once = analyzeConversation(matrix);
    const history = readVotesCsv(read('votes.csv')).sort((a, b) => a.time! - b.time!);
    let replayed = buildVoteMatrix([], { moderatedOut: moderatedOutIds(comments) });
    let live: OpinionAnalysis | undefined;
    for (let i = 0; i < history.length; i += REPLAY_BATCH) {
      replayed = withVotes(replayed, history.slice(i, i + REPLAY_BATCH));
      live = analyzeConversation(replayed, { previous: live?.state });
    }
    return [
      name,
      `${once.groups.length} / ${polisK}`,
      agreement(matrix, once, polisGroup),
      `${live!.groups.length} / ${polisK}`,
      agreement(replayed, live!, polisGroup),
    ];
  });
  const header = ['conversation', 'k ours / Pol.is', 'ARI (participants compared)', `replayed every ${REPLAY_BATCH} votes: k ours / Pol.is`, 'replayed: ARI'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
