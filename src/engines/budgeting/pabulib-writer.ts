// Writes an Election as Pabulib text so anyone can recount it; readPabulib(writePabulib(x)) equals x.
import { isPointsBallot, type Election } from './election.ts';
import { quoteField } from './pabulib-csv.ts';

// Written from the election itself, so stale copies in `meta` are ignored.
const DERIVED_META = new Set(['budget', 'vote_type', 'num_projects', 'num_votes']);

/** Serialises an election to Pabulib `.pb` text (LF line ends, `;` separator, CSV quoting). */
export function writePabulib(election: Election): string {
  const lines: string[] = [];
  // A lone empty field is written `""` so that an empty anonymous ballot is not read as a blank line.
  const row = (fields: string[]) => lines.push(fields.length === 1 && fields[0] === '' ? '""' : fields.map(quoteField).join(';'));

  lines.push('META');
  row(['key', 'value']);
  row(['num_projects', String(election.projects.length)]);
  row(['num_votes', String(election.ballots.length)]);
  row(['budget', formatNumber(election.budget)]);
  row(['vote_type', election.voteType]);
  for (const [key, value] of Object.entries(election.meta ?? {})) if (!DERIVED_META.has(key)) row([key, value]);

  lines.push('PROJECTS');
  const projectExtras = unionKeys(election.projects.map((p) => p.attributes ?? {}));
  const typed = (['name', 'category', 'neighbourhood'] as const).filter((f) => election.projects.some((p) => p[f] !== undefined));
  row(['project_id', 'cost', ...typed, ...projectExtras]);
  for (const p of election.projects) {
    row([p.id, formatNumber(p.cost), ...typed.map((f) => p[f] ?? ''), ...projectExtras.map((k) => p.attributes?.[k] ?? '')]);
  }

  lines.push('VOTES');
  const withIds = election.voterIds !== undefined;
  const withPoints = election.voteType === 'cumulative' || election.voteType === 'scoring';
  const voterExtras = unionKeys(election.voterAttributes ?? []);
  row([...(withIds ? ['voter_id'] : []), 'vote', ...(withPoints ? ['points'] : []), ...voterExtras]);
  election.ballots.forEach((ballot, i) => {
    const ids = isPointsBallot(ballot) ? ballot.map((e) => e.id) : (ballot as readonly string[]);
    const points = isPointsBallot(ballot) ? ballot.map((e) => formatNumber(e.points)) : [];
    const attributes = election.voterAttributes?.[i] ?? {};
    row([
      ...(withIds ? [election.voterIds![i]] : []),
      ids.join(','),
      ...(withPoints ? [points.join(',')] : []),
      ...voterExtras.map((k) => attributes[k] ?? ''),
    ]);
  });
  return lines.join('\n') + '\n';
}

// Shortest decimal that reads back as the same double; integers stay integers.
function formatNumber(value: number): string {
  return String(value);
}

function unionKeys(records: Record<string, string>[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}
