import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm } from '../../platform/form.ts';
import { enforceRateLimit, clientAddress } from '../../platform/rate-limit.ts';
import type { FormValues } from '../../platform/form.ts';
import { localized } from '../../platform/i18n/index.ts';
import { Layout, pageContext } from '../../web/layout.tsx';
import { hostRoutes } from './host-routes.tsx';
import { currentIdentity, drawPseudonym, keepPseudonym } from './identity.ts';
import { loadMapContext, type MapContext } from './map-context.ts';
import { loadParticipation } from './participation-view.ts';
import { findParticipantId } from './participation.ts';
import { exportFiles, writeExportFile, type ExportFile } from './polis-export.ts';
import { networkKey, secondsUntilNextUtcDay, utcDay } from './pseudonym-origin.ts';
import { listStatements } from './queries.ts';
import { currentResults } from './results.ts';
import { castVote, voteValues, writeStatement, type ActionResult, type VoteChoice } from './service.ts';
import { ParticipateBlock } from './views/participate.tsx';
import { ResultsPage } from './views/results-page.tsx';
import { opinionMapSpec } from './settings.ts';
import { assertRequirement } from '../verification/index.ts';
import { Localized, localizedPlain } from '../../web/localized-text.tsx';

/** Opinion-map pages and actions, mounted at `/opinion-maps` (the map's id is its component id). */
export const opinionMapRoutes = new Hono<AppEnv>();

const voteRule = { name: 'opinion-vote', limit: 1200, windowSeconds: 600 };
const statementRule = { name: 'opinion-statement', limit: 30, windowSeconds: 3600 };

const load = (c: Context<AppEnv>) => loadMapContext(c.var.deps.db, c.var.user, c.req.param('id') ?? '');
const componentUrl = (map: MapContext) => `/processes/${map.detail.process.slug}/c/${map.component.id}`;
const field = (values: FormValues, name: string) => {
  const v = values[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

// A refused action re-renders the take-part block with the reason beside the form (status 400), nothing saved.
async function renderRefusal(c: Context<AppEnv>, map: MapContext, result: ActionResult & { ok: false }, values: FormValues) {
  // The network cap is per UTC day: try again after midnight UTC (or sign in).
  if (result.status === 429) c.header('Retry-After', String(secondsUntilNextUtcDay(new Date())));
  const { t, locale } = c.var;
  const errors = Object.fromEntries(Object.entries(result.errors).map(([k, key]) => [k, t(key)]));
  const data = await loadParticipation(c, map);
  const ctx = pageContext(c);
  const name = localizedPlain(ctx, map.component.name_fr, map.component.name_en);
  return c.html(
    <Layout ctx={ctx} title={name}>
      <nav aria-label={t('processes.component.breadcrumb')}>
        <p><a href={componentUrl(map)}><Localized ctx={ctx} fr={map.detail.process.title_fr} en={map.detail.process.title_en} /></a></p>
      </nav>
      <h1><Localized ctx={ctx} fr={map.component.name_fr} en={map.component.name_en} /></h1>
      <ParticipateBlock ctx={ctx} data={data} state={{ values, errors }} />
    </Layout>,
    result.status ?? 400,
  );
}

const voteChoice = z.enum(Object.keys(voteValues) as [VoteChoice, ...VoteChoice[]]);

// A browser without a pseudonym gets one only when its first vote is saved: a page view, a refused
// vote or a statement never creates a participant or sends a cookie.
opinionMapRoutes.post('/:id/votes', async (c) => {
  const map = await load(c);
  // A map may be kept for verified residents: then an account is needed, whatever the pseudonym setting.
  await assertRequirement(c.var.deps.db, c.var.user, { spec: opinionMapSpec, component: map.component, action: 'vote', neighbourhoodId: null, returnTo: componentUrl(map) });
  const address = clientAddress(c);
  await enforceRateLimit(c, voteRule, address);
  const values = await readForm(c);
  const choice = voteChoice.safeParse(field(values, 'vote'));
  const known = currentIdentity(c, map.map.participation);
  const drawn = known ? null : drawPseudonym(map.map.participation);
  const now = new Date();
  const network = networkKey(c.var.deps.config.authSecret, address, utcDay(now));
  const result: ActionResult = choice.success
    ? await castVote(c.var.deps.db, map, known ?? drawn?.identity ?? null, field(values, 'statementId'), choice.data, network, now)
    : { ok: false, errors: { _form: 'form.invalidChoice' } };
  if (!result.ok) return renderRefusal(c, map, result, values);
  if (drawn) keepPseudonym(c, drawn);
  return c.redirect(`${componentUrl(map)}#opinion-vote`, 303);
});

opinionMapRoutes.post('/:id/statements', async (c) => {
  const map = await load(c);
  await assertRequirement(c.var.deps.db, c.var.user, { spec: opinionMapSpec, component: map.component, action: 'write', neighbourhoodId: null, returnTo: componentUrl(map) });
  await enforceRateLimit(c, statementRule, clientAddress(c));
  const values = await readForm(c);
  const result = await writeStatement(c.var.deps.db, map, currentIdentity(c, map.map.participation), field(values, 'body'));
  if (!result.ok) return renderRefusal(c, map, result, values);
  setFlash(c, map.map.moderation === 'pre' ? 'opinion.flash.statementPending' : 'opinion.flash.statementAdded');
  return c.redirect(`${componentUrl(map)}#opinion-write`, 303);
});

opinionMapRoutes.get('/:id/results', async (c) => {
  const map = await load(c);
  const { db } = c.var.deps;
  const statements = await listStatements(db, map.component.id);
  const results = await currentResults(db, map.component.id, statements);
  const you = (await findParticipantId(db, map.component.id, currentIdentity(c, map.map.participation))) ?? null;
  return c.html(<ResultsPage ctx={pageContext(c)} detail={map.detail} component={map.component} map={map.map} statements={statements} results={results} you={you} />);
});

opinionMapRoutes.get('/:id/export/:file', async (c) => {
  const file = c.req.param('file') as ExportFile;
  if (!exportFiles.includes(file)) throw notFound();
  const map = await load(c);
  const { db, config } = c.var.deps;
  const statements = await listStatements(db, map.component.id);
  const results = await currentResults(db, map.component.id, statements);
  const text = await writeExportFile(db, map.map, statements, results, file, `${config.baseUrl}${componentUrl(map)}`);
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${file}"`);
  return c.body(text);
});

opinionMapRoutes.route('/', hostRoutes);
