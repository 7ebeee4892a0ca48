import { randomInt } from 'node:crypto';

/**
 * The columns of a proposal nobody chooses at creation: no supports, no answer, not withdrawn, hidden or edited,
 * and the random key behind the "random" sort. The service, the demo seed and the benchmark seed all start here.
 */
export function freshProposalColumns() {
  return {
    supports_count: 0,
    threshold_reached_at: null as string | null,
    answer_status: null as string | null,
    answer_text: '',
    answered_at: null as string | null,
    draft_status: null as string | null,
    draft_text: '',
    withdrawn_at: null as string | null,
    hidden_at: null as string | null,
    hidden_reason: null as string | null,
    edited_at: null as string | null,
    shuffle_key: randomInt(1, 2147483646),
  };
}
