import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import { forbidden, HttpError, notFound, Refusal } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FormValues } from '../../platform/form.ts';
import { isAdmin, requireAdmin, requireResident } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { managedOrganisations, mayProposeInitiatives, resolveActor } from './actors.ts';
import { initiativeInput, linkField, linkKinds } from './initiative-input.ts';
import { loadInitiativePage } from './initiative-page-data.ts';
import { dimensionsOf, findInitiativeBySlug, linksOfInitiatives, linkTargets, listInitiatives, neighbourhoodsOf, type InitiativeRow } from './initiative-queries.ts';
import { checkReferences, mayEditInitiative, proposeInitiative, setInitiativeFlag, updateInitiative } from './initiative-service.ts';
import { actorChoices, InitiativeFormPage } from './views/initiative-form-page.tsx';
import { InitiativeListPage } from './views/initiative-list-page.tsx';
import { InitiativePage } from './views/initiative-page.tsx';

/** The portfolio's pages, under `/compass/initiatives`. */
export const initiativeRoutes = new Hono<AppEnv>();

const proposeRefusal = () => new Refusal(403, 'compass_propose', 'compass.initiatives.whoMayPropose');

async function loadInitiative(c: Context<AppEnv>): Promise<InitiativeRow> {
  const initiative = await findInitiativeBySlug(c.var.deps.db, c.req.param('slug') ?? '');
  // A proposal is visible to admins and to the person who proposed it, to nobody else.
  if (!initiative || (!initiative.published && !mayEditInitiative(c.var.user, initiative))) throw notFound();
  return initiative;
}

async function renderForm(c: Context<AppEnv>, form: FormState, action: string, heading: string, actors: { value: string; label: string }[] | null, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [neighbourhoods, targets] = await Promise.all([listNeighbourhoods(db), linkTargets(db)]);
  return c.html(<InitiativeFormPage ctx={pageContext(c)} form={form} options={{ neighbourhoods, targets, actors }} action={action} heading={heading} />, status);
}

async function proposerChoices(c: Context<AppEnv>, user: CurrentUser) {
  return actorChoices(pageContext(c), isAdmin(user), await managedOrganisations(c.var.deps.db, user.id));
}

// Reads and checks the form: zod first, then the chosen neighbourhoods and links against the database.
async function parseInitiative(c: Context<AppEnv>, values: FormValues) {
  const parsed = validateValues(values, initiativeInput, c.var.t);
  if (!parsed.ok) return parsed;
  const errors = await checkReferences(c.var.deps.db, parsed.data);
  if (Object.keys(errors).length) return { ok: false as const, values, errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, c.var.t(v)])) };
  return parsed;
}

initiativeRoutes.get('/', async (c) => {
  const { db } = c.var.deps;
  const initiatives = await listInitiatives(db, { includeUnpublished: isAdmin(c.var.user) });
  return c.html(<InitiativeListPage ctx={pageContext(c)} initiatives={initiatives} mayPropose={await mayProposeInitiatives(db, c.var.user)} />);
});

initiativeRoutes.get('/new', async (c) => {
  const user = requireResident(c.var.user);
  if (!(await mayProposeInitiatives(c.var.deps.db, user))) throw proposeRefusal();
  return renderForm(c, emptyForm({ scope: 'city', status: 'planned', budget: '0' }), '/compass/initiatives/new', c.var.t('compass.initiatives.propose'), await proposerChoices(c, user));
});

initiativeRoutes.post('/new', async (c) => {
  const user = requireResident(c.var.user);
  const { db } = c.var.deps;
  if (!(await mayProposeInitiatives(db, user))) throw proposeRefusal();
  const values = await readForm(c);
  const choices = await proposerChoices(c, user);
  const chosen = typeof values.actor === 'string' ? values.actor : choices[0]?.value;
  const actor = choices.some((ch) => ch.value === chosen) ? await resolveActor(db, user, chosen) : null;
  const parsed = await parseInitiative(c, values);
  if (!actor || !parsed.ok) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(actor ? {} : { actor: c.var.t('form.invalidChoice') }) };
    return renderForm(c, { values, errors }, '/compass/initiatives/new', c.var.t('compass.initiatives.propose'), choices, 400);
  }
  const slug = await proposeInitiative(db, actor, parsed.data);
  setFlash(c, 'compass.initiatives.proposed');
  return c.redirect(`/compass/initiatives/${slug}`, 303);
});

initiativeRoutes.get('/:slug', async (c) => {
  const initiative = await loadInitiative(c);
  const data = await loadInitiativePage(c.var.deps, initiative);
  return c.html(<InitiativePage ctx={pageContext(c)} data={data} canEdit={mayEditInitiative(c.var.user, initiative)} isAdmin={isAdmin(c.var.user)} />);
});

async function currentValues(c: Context<AppEnv>, i: InitiativeRow): Promise<FormValues> {
  const { db } = c.var.deps;
  const [hoods, dims, links] = await Promise.all([neighbourhoodsOf(db, [i.id]), dimensionsOf(db, [i.id]), linksOfInitiatives(db, [i.id])]);
  const values: FormValues = { title_fr: i.title_fr, title_en: i.title_en, description_fr: i.description_fr, description_en: i.description_en, scope: i.scope, budget: String(i.budget), starts_on: i.starts_on ?? '', ends_on: i.ends_on ?? '', status: i.status, neighbourhoods: hoods.get(i.id) ?? [], dimensions: dims.get(i.id) ?? [] };
  for (const kind of linkKinds) values[linkField(kind)] = (links.get(i.id) ?? []).filter((l) => l.kind === kind).map((l) => l.targetId);
  return values;
}

initiativeRoutes.get('/:slug/edit', async (c) => {
  const initiative = await loadInitiative(c);
  if (!mayEditInitiative(requireResident(c.var.user), initiative)) throw forbidden();
  return renderForm(c, emptyForm(await currentValues(c, initiative)), `/compass/initiatives/${initiative.slug}/edit`, c.var.t('compass.initiative.edit'), null);
});

initiativeRoutes.post('/:slug/edit', async (c) => {
  const initiative = await loadInitiative(c);
  const user = requireResident(c.var.user);
  if (!mayEditInitiative(user, initiative)) throw forbidden();
  const values = await readForm(c);
  const parsed = await parseInitiative(c, values);
  if (!parsed.ok) return renderForm(c, parsed, `/compass/initiatives/${initiative.slug}/edit`, c.var.t('compass.initiative.edit'), null, 400);
  await updateInitiative(c.var.deps.db, user, initiative, parsed.data);
  setFlash(c, 'compass.initiative.saved');
  return c.redirect(`/compass/initiatives/${initiative.slug}`, 303);
});

const toggle = z.object({ on: z.enum(['0', '1']) });
for (const [path, flag] of [['publish', 'published'], ['assessment', 'assessment_open']] as const) {
  initiativeRoutes.post(`/:slug/${path}`, async (c) => {
    const admin = requireAdmin(c.var.user);
    const initiative = await loadInitiative(c);
    const parsed = toggle.safeParse(await readForm(c));
    if (!parsed.success) throw new HttpError(400, 'bad_request');
    await setInitiativeFlag(c.var.deps.db, admin, initiative, flag, parsed.data.on === '1');
    setFlash(c, `compass.admin.done.${flag}.${parsed.data.on}`);
    return c.redirect(`/compass/initiatives/${initiative.slug}`, 303);
  });
}

export { loadInitiative };
