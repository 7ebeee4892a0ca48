import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { CompassActor } from './actors.ts';
import { submitAssessment } from './assessment-service.ts';
import { criterionKeys } from './criteria.ts';
import type { StakeholderGroup } from './groups.ts';
import { findInitiativeBySlug, linkTargets } from './initiative-queries.ts';
import { createGuide } from './interviews/guide-service.ts';
import { addMemo, codeRanges, createInterview } from './interviews/interview-service.ts';
import { codePointLength } from './interviews/transcript-units.ts';
import { demoInitiatives } from './seed-initiatives.ts';
import { demoGuide, demoInterviews } from './seed-interviews.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);

// The same demo city every time: a small linear congruential generator instead of Math.random.
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

// Demo assessors: people who cannot sign in (no password), and extra organisations, so that each group
// has at least five assessments where the demo wants it shown.
async function demoAssessors(db: Kysely<Database>, people: Record<string, string>): Promise<Record<StakeholderGroup, CompassActor[]>> {
  const now = new Date().toISOString();
  const person = async (name: string, role: string) => {
    const id = randomUUID();
    await db.insertInto('user').values({ id, name, email: `${id.slice(0, 8)}@demo.bellerive.example`, emailVerified: 1, image: null, createdAt: now, updatedAt: now, role, locale: 'fr', deletedAt: null }).execute();
    return id;
  };
  const organisation = async (name: string, kind: string) => {
    const existing = await db.selectFrom('organisation').select(['id', 'kind']).where('name', '=', name).executeTakeFirst();
    if (existing) return existing.id;
    const id = randomUUID();
    await db.insertInto('organisation').values({ id, slug: `demo-${id.slice(0, 8)}`, name, kind, description: 'Organisation de démonstration. Demo organisation.', website: null, neighbourhood_id: null, verified: 0, created_by: null, created_at: now }).execute();
    return id;
  };
  const self = (userId: string, group: StakeholderGroup): CompassActor => ({ userId, organisation: null, group, assessorKey: `user:${userId}` });
  const org = async (name: string, kind: string, group: StakeholderGroup): Promise<CompassActor> => {
    const id = await organisation(name, kind);
    return { userId: people.admin, organisation: { id, name, kind }, group, assessorKey: `org:${id}` };
  };
  const staff = [people.admin, people.moderator, ...(await Promise.all([1, 2, 3].map((n) => person(`Agent des services (démo) ${n}`, 'resident'))))];
  const residents = [people.amina, people.louis, people.sarah, ...(await Promise.all([1, 2, 3].map((n) => person(`Habitant·e (démo) ${n}`, 'resident'))))];
  return {
    city: staff.map((id) => self(id, 'city')),
    residents: residents.map((id) => self(id, 'residents')),
    associations: await Promise.all([['Bellerive en Transition', 'association'], ['Comité de quartier des Tilleuls', 'association'], ['Vélo Bellerive', 'association'], ['Épicerie solidaire du Port', 'association'], ['Collectif des Hauts', 'collective']].map(([n, k]) => org(n, k, 'associations'))),
    businesses: await Promise.all([['Boulangerie du Marché', 'business'], ['Café du Port', 'business'], ['Librairie des Tilleuls', 'business'], ['Garage de la Gare', 'business'], ['Coopérative bio Bellerive', 'business']].map(([n, k]) => org(n, k, 'businesses'))),
    'other-organisations': [],
  };
}

/** Fills the demo city's compass: ten initiatives linked to its registers, processes and budget, and assessments showing the divergence. */
export async function seedCompass(db: Kysely<Database>, people: Record<string, string>): Promise<void> {
  if (!people.admin) return;
  const now = new Date().toISOString();
  const hoods = new Map((await db.selectFrom('neighbourhood').select(['id', 'slug']).execute()).map((n) => [n.slug, n.id]));
  const targets = await linkTargets(db);
  const assessors = await demoAssessors(db, people);
  const random = seeded(2027);
  for (const d of demoInitiatives) {
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('compass_initiative')
        .values({ id, slug: d.slug, title_fr: d.fr, title_en: d.en, description_fr: d.dfr, description_en: d.den, scope: d.hoods.length ? 'neighbourhoods' : 'city', budget: d.budget, starts_on: isoDay(d.starts), ends_on: null, status: d.status, published: 1, assessment_open: 1, proposed_by: people.admin, proposed_for: null, created_at: now, updated_at: now })
        .execute();
      for (const slug of d.hoods) if (hoods.has(slug)) await trx.insertInto('compass_initiative_neighbourhood').values({ initiative_id: id, neighbourhood_id: hoods.get(slug)! }).execute();
      for (const dimension of d.dimensions) await trx.insertInto('compass_initiative_dimension').values({ initiative_id: id, dimension }).execute();
      for (const link of d.links) {
        const target = targets.find((t) => t.kind === link.kind && t.name_fr === link.name);
        if (target) await trx.insertInto('compass_initiative_link').values({ initiative_id: id, kind: link.kind, target_id: target.id }).execute();
      }
    });
    const initiative = (await findInitiativeBySlug(db, d.slug))!;
    for (const [group, typical] of Object.entries(d.views) as [StakeholderGroup, string][]) {
      for (const actor of assessors[group]) {
        const answers = Object.fromEntries(criterionKeys.map((k, i) => [k, Math.min(5, Math.max(1, Number(typical[i]) + Math.round(random() * 2 - 1)))]));
        // Assessed three months ago; the city revised its view of the Wi-Fi counting after the sensor charter.
        await submitAssessment(db, actor, initiative, answers, day(-90));
        if (d.slug === 'comptage-wifi' && group === 'city') await submitAssessment(db, actor, initiative, { ...answers, data: 1, decision: 1 }, day(-20));
      }
    }
  }
}

/** Adds the demo guide and six coded interviews (with consent) to the demo city. */
export async function seedInterviews(db: Kysely<Database>, people: Record<string, string>): Promise<void> {
  const admin: CurrentUser = { id: people.admin, name: 'admin', email: '', emailVerified: true, role: 'admin', locale: 'fr' };
  const guideId = await createGuide(db, admin, demoGuide, demoGuide.body);
  const version = await db.selectFrom('compass_guide_version').select('id').where('guide_id', '=', guideId).executeTakeFirstOrThrow();
  const codes = new Map((await db.selectFrom('compass_code').select(['id', 'seed_key']).execute()).map((c) => [c.seed_key, c.id]));
  for (const d of demoInterviews) {
    const id = await createInterview(db, admin, { pseudonym: d.pseudonym, stakeholder_group: d.group, role: d.role, interviewed_on: isoDay(-d.daysAgo), guide_version_id: version.id, consent: d.consent, transcript: d.transcript });
    for (const [passage, keys] of d.codings) {
      const at = d.transcript.indexOf(passage);
      if (at < 0) throw new Error(`demo interview ${d.pseudonym}: "${passage}" is not in its transcript`);
      const start = codePointLength(d.transcript.slice(0, at));
      const outcome = await codeRanges(db, admin, id, [{ start, end: start + codePointLength(passage) }], keys.map((k) => codes.get(k)!));
      if (!outcome.ok) throw new Error(`demo interview ${d.pseudonym}: coding refused (${outcome.code})`);
    }
    if (d.memo) await addMemo(db, admin, id, null, d.memo);
  }
}
