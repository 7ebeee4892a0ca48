import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm, type FieldErrors } from '../../platform/form.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listActingOptions } from '../organisations/index.ts';
import { loadProposalAccess, ruleInput, assertAllowed } from './access.ts';
import { saveAnswer } from './answer-service.ts';
import { answerCoauthorInvitation, inviteCoauthor } from './coauthor-service.ts';
import { loadProposalPageData } from './page-data.ts';
import { enforceRateLimit } from '../../platform/rate-limit.ts';
import { proposalRateRules } from './schemas.ts';
import { attachmentFormValues, listAttachments, readAttachmentForm } from '../attachments/index.ts';
import { drawLocator, loadCityMap, loadPicker } from '../geography/index.ts';
import { answerInputSchema, inviteInputSchema, proposalInputSchema } from './schemas.ts';
import { editProposal, withdrawProposal } from './service.ts';
import { supportProposal, unsupportProposal } from './support-service.ts';
import { ProposalFormPage } from './views/proposal-form-page.tsx';
import { ProposalPage } from './views/proposal-page.tsx';
import { WithdrawPage } from './views/withdraw-confirm.tsx';

/** Pages and actions of one proposal, mounted at `/proposals`. */
export const proposalRoutes = new Hono<AppEnv>();

const translated = (t: (k: string) => string, errors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(v)]));

proposalRoutes.get('/:id', async (c) => {
  const data = await loadProposalPageData(c, c.req.param('id'));
  const city = await loadCityMap(c.var.deps.db, c.var.locale);
  const v = data.view;
  const locator = city ? drawLocator(c.var.t, city, { id: 'proposal-locator', label: v.title, latitude: v.latitude, longitude: v.longitude, neighbourhoodId: v.neighbourhood_id }) : null;
  return c.html(<ProposalPage ctx={pageContext(c)} data={data} locator={locator} />);
});

async function renderEditForm(c: Context<AppEnv>, id: string, state: FormState | null, status: 200 | 400) {
  const access = await loadProposalAccess(c.var.deps.db, id, c.var.user, { withNeighbourhoods: true });
  const author = assertAllowed('edit', await ruleInput(c.var.deps.db, access.context, c.var.user, access.facts));
  const p = access.proposal;
  const attachments = await listAttachments(c.var.deps.db, { type: 'proposal', id });
  const initial = emptyForm({ ...attachmentFormValues(attachments), title: p.title, body: p.body, category: p.category, neighbourhood: p.neighbourhood_id ?? 'city', address: p.address, latitude: p.latitude === null ? '' : String(p.latitude), longitude: p.longitude === null ? '' : String(p.longitude), ...(p.show_member_name ? { show_member_name: 'on' } : {}) });
  const options = p.author_org_id ? (await listActingOptions(c.var.deps.db, author.id)).filter((o) => o.organisationId === p.author_org_id) : [];
  return c.html(<ProposalFormPage ctx={pageContext(c)} context={access.context} state={state ?? initial} action={`/proposals/${id}/edit`} mode="edit" actingOptions={options} backHref={`/proposals/${id}`} picker={await loadPicker(c.var.deps.db, c.var.t, c.var.locale)} attachments={attachments} />, status);
}

proposalRoutes.get('/:id/edit', (c) => renderEditForm(c, c.req.param('id'), null, 200));

proposalRoutes.post('/:id/edit', async (c) => {
  const id = c.req.param('id');
  const { t } = c.var;
  // Someone else gets the refusal before any file of theirs is read.
  const access = await loadProposalAccess(c.var.deps.db, id, c.var.user);
  const author = assertAllowed('edit', await ruleInput(c.var.deps.db, access.context, c.var.user, access.facts));
  const form = await parseForm(c, proposalInputSchema, t);
  const files = await readAttachmentForm(c, await listAttachments(c.var.deps.db, { type: 'proposal', id }), author);
  if (!form.ok || Object.keys(files.errors).length > 0) return renderEditForm(c, id, { values: form.values, errors: { ...(form.ok ? {} : form.errors), ...files.errors } }, 400);
  const outcome = await editProposal(c.var.deps, c.var.user, id, form.data, files.plan);
  if (!outcome.ok) return renderEditForm(c, id, { values: form.values, errors: translated(t, outcome.errors) }, 400);
  setFlash(c, 'proposals.flash.edited');
  return c.redirect(`/proposals/${id}`, 303);
});

proposalRoutes.post('/:id/withdraw', async (c) => {
  if (!isConfirmed(await readForm(c))) {
    // Only the author is asked to confirm: anyone else gets the refusal, as the withdrawal would give.
    const access = await loadProposalAccess(c.var.deps.db, c.req.param('id'), c.var.user);
    assertAllowed('withdraw', await ruleInput(c.var.deps.db, access.context, c.var.user, access.facts));
    return c.html(<WithdrawPage ctx={pageContext(c)} proposal={access.proposal} />, 400);
  }
  await withdrawProposal(c.var.deps, c.var.user, c.req.param('id'));
  setFlash(c, 'proposals.flash.withdrawn');
  return c.redirect(`/proposals/${c.req.param('id')}`, 303);
});

proposalRoutes.post('/:id/support', async (c) => {
  await supportProposal(c.var.deps, c.var.user, c.req.param('id'));
  setFlash(c, 'proposals.flash.supported');
  return c.redirect(`/proposals/${c.req.param('id')}#supports-title`, 303);
});

proposalRoutes.post('/:id/unsupport', async (c) => {
  await unsupportProposal(c.var.deps, c.var.user, c.req.param('id'));
  setFlash(c, 'proposals.flash.unsupported');
  return c.redirect(`/proposals/${c.req.param('id')}#supports-title`, 303);
});

proposalRoutes.post('/:id/answer', async (c) => {
  const id = c.req.param('id');
  const access = await loadProposalAccess(c.var.deps.db, id, c.var.user);
  assertAllowed('answer', await ruleInput(c.var.deps.db, access.context, c.var.user, access.facts));
  const form = await parseForm(c, answerInputSchema, c.var.t);
  if (!form.ok) {
    const data = await loadProposalPageData(c, id, { answer: { values: form.values, errors: form.errors } });
    return c.html(<ProposalPage ctx={pageContext(c)} data={data} />, 400);
  }
  const outcome = await saveAnswer(c.var.deps, c.var.user, id, form.data);
  setFlash(c, outcome === 'published' ? 'proposals.flash.answerPublished' : 'proposals.flash.answerDrafted');
  return c.redirect(`/proposals/${id}`, 303);
});

proposalRoutes.post('/:id/coauthors', async (c) => {
  const id = c.req.param('id');
  const { t } = c.var;
  const access = await loadProposalAccess(c.var.deps.db, id, c.var.user);
  const author = assertAllowed('invite', await ruleInput(c.var.deps.db, access.context, c.var.user, access.facts));
  await enforceRateLimit(c, proposalRateRules.invite, author.id);
  const form = await parseForm(c, inviteInputSchema, t);
  const outcome = form.ok ? await inviteCoauthor(c.var.deps, c.var.user, id, form.data.invitee) : null;
  if (!form.ok || (outcome && !outcome.ok)) {
    const errors = !form.ok ? form.errors : outcome && !outcome.ok ? translated(t, outcome.errors) : {};
    const data = await loadProposalPageData(c, id, { invite: { values: form.values, errors } });
    return c.html(<ProposalPage ctx={pageContext(c)} data={data} />, 400);
  }
  setFlash(c, 'proposals.flash.invited');
  return c.redirect(`/proposals/${id}`, 303);
});

for (const answer of ['accept', 'decline'] as const) {
  proposalRoutes.post(`/coauthors/:invitationId/${answer}`, async (c) => {
    const proposalId = await answerCoauthorInvitation(c.var.deps, c.var.user, c.req.param('invitationId'), answer === 'accept');
    setFlash(c, answer === 'accept' ? 'proposals.flash.coauthorAccepted' : 'proposals.flash.coauthorDeclined');
    return c.redirect(`/proposals/${proposalId}`, 303);
  });
}
