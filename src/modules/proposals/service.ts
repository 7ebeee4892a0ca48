import { assertVisibleComponent, assertVisibleProcess } from '../processes/index.ts';
import { randomInt, randomUUID } from 'node:crypto';
import { indexFullText } from '../../db/full-text.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { notFound } from '../../platform/errors.ts';
import { noAttachmentChange, saveWithAttachments, type AttachmentPlan } from '../attachments/index.ts';
import { locateInCity } from '../geography/index.ts';
import { assertNotBlocked } from '../moderation/index.ts';
import type { Actor } from '../organisations/index.ts';
import { assertAllowed, loadProposalAccess, ruleInput } from './access.ts';
import { proposalsChanged } from './list-cache.ts';
import { freshProposalColumns } from './new-row.ts';
import { loadComponentContext, type ComponentContext } from './queries.ts';
import type { ProposalInput } from './schemas.ts';
import { proposalsSpec } from './settings.ts';
import { assertRequirement } from '../verification/index.ts';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log'>;
export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

// "city" means the whole city; anything else must be one of the neighbourhoods offered by the process.
function neighbourhoodOf(context: ComponentContext, value: string): { ok: true; id: string | null } | { ok: false } {
  if (value === 'city') return { ok: true, id: null };
  return context.neighbourhoods.some((n) => n.id === value) ? { ok: true, id: value } : { ok: false };
}

/** The component's context, or 404 when the component is not a proposals component of a visible process. */
export async function requireComponentContext(deps: Deps, componentId: string, user: CurrentUser | null): Promise<ComponentContext> {
  const context = await loadComponentContext(deps.db, componentId);
  if (!context) throw notFound();
  assertVisibleProcess(context.detail.process, user);
  assertVisibleComponent(context.detail.process, context.component, user);
  return context;
}

// A position, when given, must fall on the city's map (its neighbourhoods or boundary), once the city has one.
async function onTheMap(deps: Deps, input: ProposalInput): Promise<boolean> {
  return input.latitude === null || input.longitude === null || (await locateInCity(deps.db, input.latitude, input.longitude)).inside;
}

/** Publishes a proposal as a person or on behalf of an organisation they belong to (the actor is checked by parseActor). */
export async function createProposal(deps: Deps, user: CurrentUser | null, componentId: string, input: ProposalInput, actor: Actor, files: AttachmentPlan = noAttachmentChange()): Promise<FormOutcome<string>> {
  const context = await requireComponentContext(deps, componentId, user);
  const author = assertAllowed('create', await ruleInput(deps.db, context, user));
  await assertNotBlocked(deps.db, author.id);
  const hood = neighbourhoodOf(context, input.neighbourhood);
  if (!hood.ok) return { ok: false, errors: { neighbourhood: 'proposals.errors.neighbourhood' } };
  if (!(await onTheMap(deps, input))) return { ok: false, errors: { latitude: 'geography.location.outside' } };
  // A proposal about a neighbourhood may be kept for its verified residents (the component's setting).
  await assertRequirement(deps.db, author, { spec: proposalsSpec, component: context.component, action: 'create', neighbourhoodId: hood.id, returnTo: `/processes/${context.detail.process.slug}/c/${componentId}` });
  const id = randomUUID();
  const now = new Date().toISOString();
  await saveWithAttachments(deps.db, deps.config.uploadDir, files, author.id, async (trx) => {
    await trx
      .insertInto('proposal')
      .values({
        id,
        component_id: componentId,
        process_id: context.detail.process.id,
        title: input.title,
        body: input.body,
        category: input.category,
        neighbourhood_id: hood.id,
        address: input.address,
        latitude: input.latitude,
        longitude: input.longitude,
        author_user_id: author.id,
        author_org_id: actor.organisationId,
        show_member_name: actor.organisationId && input.show_member_name ? 1 : 0,
        ...freshProposalColumns(),
        created_at: now,
      })
      .execute();
    await indexFullText(trx, 'proposal', id, `${input.title}\n${input.body}`);
    return { owner: { type: 'proposal', id }, value: id };
  });
  proposalsChanged();
  return { ok: true, value: id };
}

/** Edits a proposal and its images and documents within the edit window, keeping the previous text in its history. */
export async function editProposal(deps: Deps, user: CurrentUser | null, id: string, input: ProposalInput, files: AttachmentPlan = noAttachmentChange()): Promise<FormOutcome<string>> {
  const access = await loadProposalAccess(deps.db, id, user, { withNeighbourhoods: true });
  const author = assertAllowed('edit', await ruleInput(deps.db, access.context, user, access.facts));
  await assertNotBlocked(deps.db, author.id);
  const hood = neighbourhoodOf(access.context, input.neighbourhood);
  if (!hood.ok) return { ok: false, errors: { neighbourhood: 'proposals.errors.neighbourhood' } };
  if (!(await onTheMap(deps, input))) return { ok: false, errors: { latitude: 'geography.location.outside' } };
  const p = access.proposal;
  const now = new Date().toISOString();
  await saveWithAttachments(deps.db, deps.config.uploadDir, files, author.id, async (trx) => {
    await trx
      .insertInto('proposal_version')
      .values({ id: randomUUID(), proposal_id: id, title: p.title, body: p.body, category: p.category, neighbourhood_id: p.neighbourhood_id, address: p.address, created_at: now })
      .execute();
    await trx
      .updateTable('proposal')
      .set({ title: input.title, body: input.body, category: input.category, neighbourhood_id: hood.id, address: input.address, latitude: input.latitude, longitude: input.longitude, show_member_name: p.author_org_id && input.show_member_name ? 1 : 0, edited_at: now })
      .where('id', '=', id)
      .execute();
    await indexFullText(trx, 'proposal', id, `${input.title}\n${input.body}`);
    return { owner: { type: 'proposal', id }, value: id };
  });
  proposalsChanged();
  return { ok: true, value: id };
}

/** Withdraws a proposal: it stays visible, marked withdrawn, and takes no more supports. */
export async function withdrawProposal(deps: Deps, user: CurrentUser | null, id: string): Promise<void> {
  const access = await loadProposalAccess(deps.db, id, user);
  assertAllowed('withdraw', await ruleInput(deps.db, access.context, user, access.facts));
  await deps.db.updateTable('proposal').set({ withdrawn_at: new Date().toISOString() }).where('id', '=', id).where('withdrawn_at', 'is', null).execute();
  proposalsChanged();
}
