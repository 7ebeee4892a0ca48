import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { ACTOR_FIELD, listActingOptions, parseActor } from '../organisations/index.ts';
import { assertAllowed, ruleInput } from './access.ts';
import { publishDraftAnswers } from './answer-service.ts';
import { listDraftAnswers } from './queries.ts';
import { enforceRateLimit } from '../../platform/rate-limit.ts';
import { readAttachmentForm } from '../attachments/index.ts';
import { loadPicker } from '../geography/index.ts';
import { bulkPublishSchema, proposalInputSchema, proposalRateRules } from './schemas.ts';
import { createProposal, requireComponentContext } from './service.ts';
import { AnswersPage } from './views/answers-page.tsx';
import { ProposalFormPage } from './views/proposal-form-page.tsx';
import { publishProposalStatistics } from './statistics.ts';
import { StatsPage } from './views/stats-page.tsx';

/** Pages of a proposals component beside its list: new proposal, statistics, answers to publish. Mounted at `/processes`. */
export const proposalComponentRoutes = new Hono<AppEnv>();

// The address names the process too: a component id under another process's slug is not found.
async function componentFromPath(c: Context<AppEnv>) {
  const context = await requireComponentContext(c.var.deps, c.req.param('componentId') ?? '', c.var.user);
  if (context.detail.process.slug !== c.req.param('slug')) throw notFound();
  return context;
}

async function renderNewForm(c: Context<AppEnv>, state: FormState, status: 200 | 400) {
  const context = await componentFromPath(c);
  const author = assertAllowed('create', await ruleInput(c.var.deps.db, context, c.var.user));
  const options = await listActingOptions(c.var.deps.db, author.id);
  const base = `/processes/${context.detail.process.slug}/c/${context.component.id}`;
  return c.html(<ProposalFormPage ctx={pageContext(c)} context={context} state={state} action={`${base}/new`} mode="new" actingOptions={options} backHref={base} picker={await loadPicker(c.var.deps.db, c.var.t, c.var.locale)} attachments={[]} />, status);
}

proposalComponentRoutes.get('/:slug/c/:componentId/new', (c) => renderNewForm(c, emptyForm({ [ACTOR_FIELD]: 'self' }), 200));

proposalComponentRoutes.post('/:slug/c/:componentId/new', async (c) => {
  const context = await componentFromPath(c);
  const user = assertAllowed('create', await ruleInput(c.var.deps.db, context, c.var.user));
  const { t } = c.var;
  const form = await parseForm(c, proposalInputSchema, t);
  const actor = await parseActor(form.values, c.var.deps.db, user, t);
  // Files are checked (and images re-encoded) only for someone allowed to publish here.
  const files = await readAttachmentForm(c, [], user);
  const filesOk = Object.keys(files.errors).length === 0;
  if (form.ok && actor.ok && filesOk) await enforceRateLimit(c, proposalRateRules.create, user.id);
  if (!form.ok || !actor.ok || !filesOk) return renderNewForm(c, { values: form.values, errors: { ...(form.ok ? {} : form.errors), ...(actor.ok ? {} : actor.errors), ...files.errors } }, 400);
  const outcome = await createProposal(c.var.deps, user, context.component.id, form.data, actor.actor, files.plan);
  if (!outcome.ok) return renderNewForm(c, { values: form.values, errors: Object.fromEntries(Object.entries(outcome.errors).map(([k, v]) => [k, t(v)])) }, 400);
  setFlash(c, 'proposals.flash.created');
  return c.redirect(`/proposals/${outcome.value}`, 303);
});

proposalComponentRoutes.get('/:slug/c/:componentId/stats', async (c) => {
  const context = await componentFromPath(c);
  const statistic = await publishProposalStatistics(c.var.deps, context);
  return c.html(<StatsPage ctx={pageContext(c)} context={context} statistic={statistic} />);
});

proposalComponentRoutes.get('/:slug/c/:componentId/answers', async (c) => {
  const context = await componentFromPath(c);
  assertAllowed('answer', await ruleInput(c.var.deps.db, context, c.var.user));
  const drafts = await listDraftAnswers(c.var.deps.db, context.component.id);
  return c.html(<AnswersPage ctx={pageContext(c)} context={context} drafts={drafts} />);
});

proposalComponentRoutes.post('/:slug/c/:componentId/answers/publish', async (c) => {
  const context = await componentFromPath(c);
  const form = await parseForm(c, bulkPublishSchema, c.var.t);
  const count = await publishDraftAnswers(c.var.deps, c.var.user, context.component.id, form.ok ? form.data.phase : '');
  setFlash(c, count > 0 ? 'proposals.flash.bulkPublished' : 'proposals.flash.bulkNothing');
  return c.redirect(`/processes/${context.detail.process.slug}/c/${context.component.id}/answers`, 303);
});
