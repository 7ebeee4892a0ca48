import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { localized } from '../../platform/i18n/index.ts';
import { enforceRateLimit } from '../../platform/rate-limit.ts';
import { safeLocalPath } from '../../platform/safe-path.ts';
import { pageContext } from '../../web/layout.tsx';
import { findPublishedProcess, listActiveBlocks, listPublicLog, listQueue, listRecentlyHidden } from './queries.ts';
import { findModeratable } from './registry.ts';
import { blockSchema, flagSchema, hideSchema, restoreSchema } from './schemas.ts';
import { blockUser, flagResource, hideResource, liftBlock, requireModerator, restoreResource } from './service.ts';
import { FlagPage } from './views/flag-page.tsx';
import { PublicLogPage } from './views/public-log-page.tsx';
import { QueuePage, type QueueProblem } from './views/queue-page.tsx';

/** Flags (any resident), the moderators' queue and actions, and each process's public moderation log. */
export const moderationRoutes = new Hono<AppEnv>();

const flagRule = { name: 'moderation-flag', limit: 30, windowSeconds: 600 };
const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const translate = (c: Context<AppEnv>, errors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, c.var.t(key)]));

async function renderFlagProblem(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 400 | 403 | 409) {
  // Loaded as this visitor may see it: a draft's or a hidden resource's title never shows here.
  const resource = await findModeratable(c.var.deps.modules, first(values.resource_type))?.load(c.var.deps, first(values.resource_id), c.var.user);
  if (!resource) throw notFound();
  return c.html(<FlagPage ctx={pageContext(c)} state={{ values, errors }} resourceTitle={resource.title} />, status);
}

async function renderQueue(c: Context<AppEnv>, problem?: QueueProblem, status: 200 | 400 | 403 = 200) {
  const moderator = requireModerator(c.var.user);
  const [items, hidden, blocks] = await Promise.all([listQueue(c.var.deps, moderator), listRecentlyHidden(c.var.deps, moderator), listActiveBlocks(c.var.deps.db)]);
  return c.html(<QueuePage ctx={pageContext(c)} items={items} hidden={hidden} blocks={blocks} problem={problem} />, status);
}

moderationRoutes.post('/moderation/flag', async (c) => {
  const values = await readForm(c);
  const form = validateValues(values, flagSchema, c.var.t);
  if (!form.ok) return renderFlagProblem(c, values, form.errors, 400);
  if (c.var.user) await enforceRateLimit(c, flagRule, c.var.user.id);
  const result = await flagResource(c.var.deps, c.var.user, { type: form.data.resource_type, id: form.data.resource_id, reason: form.data.reason, text: form.data.text });
  if (!result.ok) return renderFlagProblem(c, values, translate(c, result.errors), result.status);
  setFlash(c, 'moderation.flash.flagged');
  return c.redirect(safeLocalPath(form.data.return_to), 303);
});

moderationRoutes.get('/moderation', (c) => renderQueue(c));

moderationRoutes.post('/moderation/hide', async (c) => {
  requireModerator(c.var.user);
  const values = await readForm(c);
  const form = validateValues(values, hideSchema, c.var.t);
  // The hide form also sits on resource pages: the message at the top says what went wrong wherever it came from.
  if (!form.ok) return renderQueue(c, { formId: `hide-${first(values.resource_type)}-${first(values.resource_id)}`, errors: { ...form.errors, _form: c.var.t('moderation.errors.hideReason') }, values }, 400);
  await hideResource(c.var.deps, c.var.user, { type: form.data.resource_type, id: form.data.resource_id, publicReason: form.data.public_reason });
  setFlash(c, 'moderation.flash.hidden');
  return c.redirect(safeLocalPath(form.data.return_to, '/moderation'), 303);
});

moderationRoutes.post('/moderation/restore', async (c) => {
  requireModerator(c.var.user);
  const values = await readForm(c);
  const form = validateValues(values, restoreSchema, c.var.t);
  if (!form.ok) throw notFound();
  await restoreResource(c.var.deps, c.var.user, { type: form.data.resource_type, id: form.data.resource_id });
  setFlash(c, 'moderation.flash.restored');
  return c.redirect(safeLocalPath(form.data.return_to, '/moderation'), 303);
});

moderationRoutes.post('/moderation/block', async (c) => {
  requireModerator(c.var.user);
  const values = await readForm(c);
  const formId = `block-${first(values.user_id)}`;
  const form = validateValues(values, blockSchema, c.var.t);
  if (!form.ok) return renderQueue(c, { formId, errors: form.errors, values }, 400);
  const result = await blockUser(c.var.deps, c.var.user, { userId: form.data.user_id, days: form.data.days, reason: form.data.reason });
  if (!result.ok) return renderQueue(c, { formId, errors: translate(c, result.errors), values }, result.status === 409 ? 400 : result.status);
  setFlash(c, 'moderation.flash.blocked');
  return c.redirect('/moderation', 303);
});

moderationRoutes.post('/moderation/blocks/:id/lift', async (c) => {
  await liftBlock(c.var.deps, c.var.user, c.req.param('id'));
  setFlash(c, 'moderation.flash.unblocked');
  return c.redirect('/moderation', 303);
});

moderationRoutes.get('/processes/:slug/moderation', async (c) => {
  const process = await findPublishedProcess(c.var.deps.db, c.req.param('slug'));
  if (!process) throw notFound();
  const entries = await listPublicLog(c.var.deps.db, process.id);
  const title = localized(c.var.locale, process.title_fr, process.title_en);
  return c.html(<PublicLogPage ctx={pageContext(c)} processTitle={title} processSlug={process.slug} entries={entries} />);
});
