import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { slugify } from '../../platform/slug.ts';
import type { CompassActor } from './actors.ts';
import { compassChanged } from './compass-cache.ts';
import { linkField, linksOf, type InitiativeInput } from './initiative-input.ts';
import { initiativeSlugTaken, linkTargets, type InitiativeRow } from './initiative-queries.ts';

/** Checks the ids a form chose against what exists; returns errors by field (empty when all is well). */
export async function checkReferences(db: Kysely<Database>, input: InitiativeInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const hoods = new Set((await db.selectFrom('neighbourhood').select('id').execute()).map((n) => n.id));
  if (input.scope === 'neighbourhoods' && input.neighbourhoods.some((id) => !hoods.has(id))) errors.neighbourhoods = 'compass.form.unknownChoice';
  const targets = await linkTargets(db);
  const known = new Set(targets.map((t) => `${t.kind}:${t.id}`));
  for (const link of linksOf(input)) if (!known.has(`${link.kind}:${link.targetId}`)) errors[linkField(link.kind)] = 'compass.form.unknownChoice';
  return errors;
}

async function freeSlug(db: Kysely<Database>, title: string, exceptId: string | null): Promise<string> {
  const base = slugify(title) || 'initiative';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await initiativeSlugTaken(db, slug, exceptId))) return slug;
  }
}

async function writeRelations(trx: Kysely<Database>, id: string, input: InitiativeInput): Promise<void> {
  await trx.deleteFrom('compass_initiative_neighbourhood').where('initiative_id', '=', id).execute();
  await trx.deleteFrom('compass_initiative_dimension').where('initiative_id', '=', id).execute();
  await trx.deleteFrom('compass_initiative_link').where('initiative_id', '=', id).execute();
  const hoods = input.scope === 'neighbourhoods' ? [...new Set(input.neighbourhoods)] : [];
  if (hoods.length) await trx.insertInto('compass_initiative_neighbourhood').values(hoods.map((neighbourhood_id) => ({ initiative_id: id, neighbourhood_id }))).execute();
  const dims = [...new Set(input.dimensions)];
  if (dims.length) await trx.insertInto('compass_initiative_dimension').values(dims.map((dimension) => ({ initiative_id: id, dimension }))).execute();
  const links = linksOf(input);
  if (links.length) await trx.insertInto('compass_initiative_link').values(links.map((l) => ({ initiative_id: id, kind: l.kind, target_id: l.targetId }))).execute();
}

const columns = (input: InitiativeInput) => ({
  title_fr: input.title_fr,
  title_en: input.title_en,
  description_fr: input.description_fr,
  description_en: input.description_en,
  scope: input.scope,
  budget: input.budget,
  starts_on: input.starts_on,
  ends_on: input.ends_on,
  status: input.status,
});

/** Adds a proposed (unpublished) initiative; an admin publishes it later. Returns its slug. */
export async function proposeInitiative(db: Kysely<Database>, actor: CompassActor, input: InitiativeInput): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  const slug = await db.transaction().execute(async (trx) => {
    const slug = await freeSlug(trx, input.title_fr, null);
    await trx
      .insertInto('compass_initiative')
      .values({ id, slug, ...columns(input), published: 0, assessment_open: 0, proposed_by: actor.userId, proposed_for: actor.organisation?.id ?? null, created_at: now, updated_at: now })
      .execute();
    await writeRelations(trx, id, input);
    await recordAudit(trx, { userId: actor.userId, organisationId: actor.organisation?.id ?? null }, 'compass.initiative.propose', { type: 'compass_initiative', id });
    return slug;
  });
  compassChanged();
  return slug;
}

/** Admins edit any initiative; a proposer edits their own until it is published. */
export function mayEditInitiative(user: CurrentUser | null, initiative: InitiativeRow): boolean {
  if (user === null || !user.emailVerified) return false;
  if (user.role === 'admin') return true;
  return user.emailVerified && initiative.published === 0 && initiative.proposed_by === user.id;
}

/** Saves the changes to an initiative and its links. */
export async function updateInitiative(db: Kysely<Database>, user: CurrentUser, initiative: InitiativeRow, input: InitiativeInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('compass_initiative').set({ ...columns(input), updated_at: new Date().toISOString() }).where('id', '=', initiative.id).execute();
    await writeRelations(trx, initiative.id, input);
    await recordAudit(trx, { userId: user.id }, 'compass.initiative.edit', { type: 'compass_initiative', id: initiative.id });
  });
  compassChanged();
}

/** Publishes or withdraws an initiative, or opens or closes its assessment (admins only; the route checks). */
export async function setInitiativeFlag(db: Kysely<Database>, admin: CurrentUser, initiative: InitiativeRow, flag: 'published' | 'assessment_open', on: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('compass_initiative').set({ [flag]: on ? 1 : 0, updated_at: new Date().toISOString() }).where('id', '=', initiative.id).execute();
    await recordAudit(trx, { userId: admin.id }, `compass.initiative.${flag === 'published' ? (on ? 'publish' : 'unpublish') : on ? 'open' : 'close'}`, { type: 'compass_initiative', id: initiative.id });
  });
  compassChanged();
}
