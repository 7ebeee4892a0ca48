/** The demo city's proposals: a proposals component on the climate plan with a few realistic proposals. */
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { indexFullText } from '../../db/full-text.ts';
import type { Database } from '../../db/schema.ts';
import { attachDemoImage, demoProposalImages } from '../attachments/index.ts';
import { freshProposalColumns } from './new-row.ts';

interface DemoProposal {
  title: string;
  body: string;
  category: string;
  hood: string | null;
  author: string;
  org: string | null;
  showMember: boolean;
  supporters: string[];
  answer?: { status: string; text: string };
  coauthor?: { org: string; acceptedBy: string };
  comments: { by: string; stance: string; body: string }[];
}

const demoProposals: DemoProposal[] = [
  {
    title: 'Ouvrir la cour de l’école Jean-Jaurès l’été comme îlot de fraîcheur',
    body: 'La cour vient d’être végétalisée. Pendant les vacances d’été elle reste fermée alors que les rues autour dépassent 35 °C.\n\n- ouverture de 9 h à 19 h en juillet et août\n- animation par les associations du quartier\n- bancs à l’ombre et fontaine',
    category: 'environment',
    hood: 'les-tilleuls',
    author: 'louis',
    org: 'comite-des-tilleuls',
    showMember: false,
    supporters: ['amina', 'sarah', 'moderator'],
    answer: { status: 'evaluating', text: 'Les services techniques étudient l’ouverture avec l’équipe de l’école\u202f; réponse avant la fin de la phase.' },
    comments: [
      { by: 'sarah', stance: 'favour', body: 'Avec des enfants en appartement sous les toits, ce serait précieux.' },
      { by: 'amina', stance: 'neutral', body: 'Qui ferme le soir\u202f? Il faudrait un gardien ou des bénévoles identifiés.' },
    ],
  },
  {
    title: 'Installer des fontaines à eau potable sur la place du marché',
    body: 'Il n’y a aucun point d’eau gratuit sur la place du marché. Deux fontaines à bouton poussoir (sans gaspillage) aideraient les personnes âgées et les enfants lors des canicules.',
    category: 'living',
    hood: 'les-tilleuls',
    author: 'amina',
    org: null,
    showMember: false,
    supporters: ['louis', 'sarah'],
    coauthor: { org: 'boulangerie-du-marche', acceptedBy: 'sarah' },
    comments: [{ by: 'louis', stance: 'favour', body: 'Le comité de quartier peut aider à choisir les emplacements.' }],
  },
  {
    title: 'Des voiles d’ombrage aux arrêts de bus de l’avenue des Tilleuls',
    body: 'Les trois arrêts de l’avenue sont en plein soleil l’après-midi. Des voiles tendues entre les abribus et les façades, démontables l’hiver, coûtent peu et se posent vite.',
    category: 'mobility',
    hood: 'les-tilleuls',
    author: 'sarah',
    org: null,
    showMember: false,
    supporters: ['amina'],
    comments: [{ by: 'louis', stance: 'against', body: 'Les façades appartiennent à des copropriétés\u202f: il faudra leur accord, ce sera long.' }],
  },
  {
    title: 'Adapter les horaires du marché pendant les canicules',
    body: 'Quand il fait plus de 32 °C, avancer le marché de 7 h à 11 h au lieu de 8 h à 13 h, pour les clients comme pour les commerçants.',
    category: 'economy',
    hood: null,
    author: 'sarah',
    org: 'boulangerie-du-marche',
    showMember: true,
    supporters: ['amina', 'louis'],
    answer: { status: 'accepted', text: 'Accepté\u202f: dès l’été prochain, un arrêté fixera les horaires de canicule après avis des commerçants.' },
    comments: [],
  },
];

/**
 * Adds a "Propositions" component to the climate-plan process, open for proposals, supports and comments
 * during its "Propositions" phase, with demo proposals, supports, a co-signature, comments and answers.
 * `people` maps demo keys (amina, louis, sarah, admin, moderator) to user ids. Three proposals get a
 * picture drawn for the demo (credits in attachments/demo-images.ts).
 */
export async function seedDemoProposals(db: Kysely<Database>, processSlug: string, people: Record<string, string>, uploadDir: string): Promise<void> {
  const process = await db.selectFrom('process').select('id').where('slug', '=', processSlug).executeTakeFirst();
  if (!process) return;
  await db.transaction().execute((trx) => seedProposalsIn(trx, process.id, people));
  for (const picture of demoProposalImages) {
    const p = await db.selectFrom('proposal').select(['id', 'author_user_id']).where('process_id', '=', process.id).where('title', 'like', `${picture.titleStart}%`).executeTakeFirst();
    if (p) await attachDemoImage(db, uploadDir, { type: 'proposal', id: p.id }, p.author_user_id ?? people.admin!, picture.svg, picture.alt);
  }
}

async function seedProposalsIn(trx: Kysely<Database>, processId: string, people: Record<string, string>): Promise<void> {
  const now = new Date();
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  const phases = await trx.selectFrom('phase').select(['id', 'position']).where('process_id', '=', processId).orderBy('position').execute();
  const proposalsPhase = phases[1] ?? phases[0];
  const componentId = randomUUID();
  const settings = { global: { supportThreshold: 10 }, phases: proposalsPhase ? { [proposalsPhase.id]: { creationEnabled: true, supportsEnabled: true, commentsEnabled: true } } : {} };
  await trx
    .insertInto('component')
    .values({ id: componentId, process_id: processId, type: 'proposals', name_fr: 'Propositions', name_en: 'Proposals', position: 1, settings: JSON.stringify(settings), published: 1, created_at: at(24 * 9) })
    .execute();
  const hoods = Object.fromEntries((await trx.selectFrom('neighbourhood').select(['id', 'slug']).execute()).map((h) => [h.slug, h.id]));
  const orgs = Object.fromEntries((await trx.selectFrom('organisation').select(['id', 'slug']).execute()).map((o) => [o.slug, o.id]));
  for (const [i, p] of demoProposals.entries()) {
    const id = randomUUID();
    const created = at(24 * (8 - i * 2));
    await trx
      .insertInto('proposal')
      .values({
        id,
        component_id: componentId,
        process_id: processId,
        title: p.title,
        body: p.body,
        category: p.category,
        neighbourhood_id: p.hood ? (hoods[p.hood] ?? null) : null,
        address: '',
        author_user_id: people[p.author],
        author_org_id: p.org ? (orgs[p.org] ?? null) : null,
        show_member_name: p.showMember ? 1 : 0,
        ...freshProposalColumns(),
        supports_count: p.supporters.length,
        answer_status: p.answer?.status ?? null,
        answer_text: p.answer?.text ?? '',
        answered_at: p.answer ? at(20) : null,
        created_at: created,
      })
      .execute();
    await indexFullText(trx, 'proposal', id, `${p.title}\n${p.body}`);
    for (const key of p.supporters) await trx.insertInto('proposal_support').values({ proposal_id: id, user_id: people[key], component_id: componentId, created_at: at(10) }).execute();
    if (p.answer) await trx.insertInto('proposal_answer').values({ id: randomUUID(), proposal_id: id, status: p.answer.status, rationale: p.answer.text, answered_by: people.admin, published_at: at(20) }).execute();
    if (p.coauthor && orgs[p.coauthor.org]) {
      await trx
        .insertInto('proposal_coauthor')
        .values({ id: randomUUID(), proposal_id: id, user_id: null, organisation_id: orgs[p.coauthor.org], invitee_key: `org:${orgs[p.coauthor.org]}`, status: 'accepted', invited_by: people[p.author], answered_by: people[p.coauthor.acceptedBy], created_at: created, answered_at: at(30) })
        .execute();
    }
    for (const [n, c] of p.comments.entries()) {
      await trx
        .insertInto('comment')
        .values({ id: randomUUID(), resource_type: 'proposal', resource_id: id, parent_id: null, depth: 1, author_user_id: people[c.by], organisation_id: null, stance: c.stance, body: c.body, created_at: at(12 - n), edited_at: null, deleted_at: null, hidden_at: null, hidden_reason: null })
        .execute();
    }
  }
}
