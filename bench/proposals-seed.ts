/** Bulk seeding for bench/proposals.ts: 10,000 proposals, 200,000 supports, 50,000 comments, signed-in residents. */
import { createHmac, randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { indexFullTextMany } from '../src/db/full-text.ts';
import type { Database } from '../src/db/schema.ts';
import { freshProposalColumns } from '../src/modules/proposals/new-row.ts';

const words = ['arbres', 'ombre', 'piste', 'cyclable', 'fontaine', 'école', 'marché', 'jardin', 'partagé', 'bancs', 'lumière', 'bus', 'quai', 'place', 'parc', 'compost', 'vélo', 'trottoir', 'eau', 'fraîcheur', 'potager', 'bibliothèque', 'rue', 'piéton', 'aire', 'jeux', 'toits', 'solaire', 'recyclerie', 'cantine'];
const categories = ['economy', 'people', 'governance', 'mobility', 'environment', 'living'];
const pick = <T>(list: T[]) => list[randomInt(list.length)];
// A long tail of rarer words (built from syllables) beside the common ones, so searches match a realistic share.
const syllables = ['ba', 'ro', 'ti', 'lu', 'ma', 'ne', 'so', 'vi', 'ca', 'de', 'fu', 'ga', 'pe', 'ri', 'zo', 'mon', 'ter', 'lin'];
const rare = Array.from({ length: 600 }, (_, i) => syllables[i % 18] + syllables[Math.floor(i / 18) % 18] + syllables[(i * 7) % 18]);
const sentence = (n: number) => Array.from({ length: n }, () => (randomInt(5) === 0 ? pick(words) : pick(rare))).join(' ');

async function insertChunks<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: Record<string, unknown>[], columns: number) {
  // Both databases cap bound parameters (SQLite 32,766): stay well below.
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

/** What the benchmark needs to address: the component page, the busy proposal, proposals for supports, session cookies. */
export interface BenchData {
  listPath: string;
  hoodId: string;
  busyProposalId: string;
  proposalIds: string[];
  cookies: string[];
  benchUserIds: string[];
}

/** Seeds the load on top of the demo city (its climate-plan proposals component). */
export async function seedProposalLoad(db: Kysely<Database>, secret: string, sizes = { proposals: 10_000, supports: 200_000, comments: 50_000, benchUsers: 400 }): Promise<BenchData> {
  const component = await db.selectFrom('component').innerJoin('process', 'process.id', 'component.process_id').select(['component.id', 'component.process_id', 'process.slug']).where('component.type', '=', 'proposals').executeTakeFirstOrThrow();
  const hoods = (await db.selectFrom('neighbourhood').select('id').execute()).map((h) => h.id);
  const now = new Date();
  const iso = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();

  const perUser = 10;
  const supporterCount = Math.ceil(sizes.supports / perUser);
  const users = Array.from({ length: supporterCount + sizes.benchUsers }, (_, i) => ({ id: randomUUID(), name: `Habitant ${i}`, email: `bench${i}@bench.example`, emailVerified: 1, image: null, createdAt: iso(0), updatedAt: iso(0), role: 'resident', locale: 'fr', deletedAt: null }));
  await insertChunks(db, 'user', users, 10);
  const supporters = users.slice(0, supporterCount);
  const benchUsers = users.slice(supporterCount);

  const proposals = Array.from({ length: sizes.proposals }, (_, i) => ({
    id: randomUUID(),
    component_id: component.id,
    process_id: component.process_id,
    title: `Proposition ${i} : ${sentence(6)}`,
    body: `${sentence(40)}\n\n${sentence(30)}`,
    category: pick(categories),
    neighbourhood_id: i % 6 === 0 ? null : pick(hoods),
    address: '',
    author_user_id: supporters[i % supporters.length].id,
    author_org_id: null,
    show_member_name: 0,
    ...freshProposalColumns(),
    created_at: iso(sizes.proposals - i),
  }));
  // Each supporter backs `perUser` different proposals (a stride walk, so pairs never repeat).
  const supports: Record<string, unknown>[] = [];
  for (let u = 0; u < supporters.length && supports.length < sizes.supports; u++) {
    for (let k = 0; k < perUser && supports.length < sizes.supports; k++) {
      const p = proposals[(u * 7 + k * 997) % proposals.length];
      supports.push({ proposal_id: p.id, user_id: supporters[u].id, component_id: component.id, created_at: iso(5) });
    }
  }
  const seen = new Set<string>();
  const uniqueSupports = supports.filter((s) => {
    const key = `${s.proposal_id}|${s.user_id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const counts = new Map<string, number>();
  for (const s of uniqueSupports) counts.set(s.proposal_id as string, (counts.get(s.proposal_id as string) ?? 0) + 1);
  for (const p of proposals) {
    p.supports_count = counts.get(p.id) ?? 0;
    // The demo component alerts admins at 10 supports: seeded proposals have already been through that.
    if (p.supports_count >= 10) p.threshold_reached_at = iso(5);
  }
  await insertChunks(db, 'proposal', proposals, 24);
  await indexFullTextMany(db, 'proposal', proposals.map((p) => ({ id: p.id, text: `${p.title}\n${p.body}` })));
  await insertChunks(db, 'proposal_support', uniqueSupports, 4);

  const busy = proposals[proposals.length - 1];
  const stances = ['favour', 'against', 'neutral'];
  const comments = Array.from({ length: sizes.comments }, (_, i) => ({
    id: randomUUID(),
    resource_type: 'proposal',
    resource_id: i < 200 ? busy.id : proposals[randomInt(proposals.length)].id,
    parent_id: null,
    depth: 1,
    author_user_id: supporters[randomInt(supporters.length)].id,
    organisation_id: null,
    stance: pick(stances),
    body: sentence(25),
    created_at: iso(4),
    deleted_at: null,
  }));
  await insertChunks(db, 'comment', comments, 14);

  const sessions = benchUsers.map((u) => ({ id: randomUUID(), userId: u.id, token: randomUUID().replace(/-/g, ''), expiresAt: new Date(now.getTime() + 86_400_000).toISOString(), ipAddress: null, userAgent: null, createdAt: now.toISOString(), updatedAt: now.toISOString() }));
  await insertChunks(db, 'session', sessions, 8);
  // The cookie better-auth expects: token "." HMAC-SHA256(secret, token) in base64, URL-encoded.
  const cookies = sessions.map((s) => `cocity.session_token=${encodeURIComponent(`${s.token}.${createHmac('sha256', secret).update(s.token).digest('base64')}`)}`);
  return {
    listPath: `/processes/${component.slug}/c/${component.id}`,
    hoodId: hoods[0],
    busyProposalId: busy.id,
    proposalIds: proposals.map((p) => p.id),
    cookies,
    benchUserIds: benchUsers.map((u) => u.id),
  };
}
