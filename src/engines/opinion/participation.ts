/** Votes that bring a participant into the clustering (fewer when there are fewer statements). */
export const MIN_VOTES_TO_CLUSTER = 7;
/** Smallest number of participants clustered, topped up with the most active. */
export const MIN_CLUSTERED_PARTICIPANTS = 15;

/**
 * Marks who is in the conversation: at least min(7, n_statements) votes, or in it before (once in,
 * always in); when fewer than 15 qualify, the most active of the others (ties: earlier participant) are
 * added up to 15. Nobody without a vote enters. As in Pol.is, the caller counts votes on statements
 * moderated out since and statements with at least one vote, moderated or not.
 */
export function selectInConversation(votedCount: Int32Array, votedStatements: number, previouslyIn: (p: number) => boolean = () => false): Uint8Array {
  const threshold = Math.max(1, Math.min(MIN_VOTES_TO_CLUSTER, votedStatements));
  const inConversation = new Uint8Array(votedCount.length);
  let count = 0;
  for (let p = 0; p < votedCount.length; p++) {
    if (votedCount[p] >= threshold || (votedCount[p] > 0 && previouslyIn(p))) {
      inConversation[p] = 1;
      count++;
    }
  }
  if (count >= MIN_CLUSTERED_PARTICIPANTS) return inConversation;
  const others: number[] = [];
  for (let p = 0; p < votedCount.length; p++) if (!inConversation[p] && votedCount[p] > 0) others.push(p);
  others.sort((a, b) => votedCount[b] - votedCount[a] || a - b);
  for (const p of others.slice(0, MIN_CLUSTERED_PARTICIPANTS - count)) inConversation[p] = 1;
  return inConversation;
}
