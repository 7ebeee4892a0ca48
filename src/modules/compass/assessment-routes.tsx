import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import { Refusal } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FormValues } from '../../platform/form.ts';
import { requireResident } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { managedOrganisations, resolveActor } from './actors.ts';
import { currentAssessment, submitAssessment } from './assessment-service.ts';
import { criteria } from './criteria.ts';
import { groupOfActor } from './groups.ts';
import { loadInitiative } from './initiative-routes.tsx';
import type { InitiativeRow } from './initiative-queries.ts';
import { AssessPage } from './views/assess-page.tsx';

/** Assessing an initiative, under `/compass/initiatives/:slug/assess`. */
export const assessmentRoutes = new Hono<AppEnv>();

const answer = z.enum(['1', '2', '3', '4', '5'], { message: 'compass.assess.chooseOne' }).transform(Number);
const answersSchema = z.object(Object.fromEntries(criteria.map((c) => [c.key, answer])) as Record<string, typeof answer>);

// "Myself" (with the group that makes) and each organisation the person runs (with its group).
async function actorOptions(c: Context<AppEnv>, user: CurrentUser) {
  const { t } = c.var;
  const orgs = await managedOrganisations(c.var.deps.db, user.id);
  return [
    { value: 'self', label: t('compass.assess.myself', { group: t(`compass.group.${groupOfActor(user, null)}`) }) },
    ...orgs.map((o) => ({ value: o.id, label: `${o.name} (${t(`compass.group.${groupOfActor(user, o)}`)})` })),
  ];
}

function openOrRefuse(initiative: InitiativeRow): void {
  if (!initiative.published || !initiative.assessment_open) throw new Refusal(409, 'compass_closed', 'error.code.compass_closed');
}

async function render(c: Context<AppEnv>, initiative: InitiativeRow, user: CurrentUser, form: FormState, status: 200 | 400 = 200) {
  const changing = (await currentAssessment(c.var.deps.db, initiative.id, `user:${user.id}`)) !== null;
  return c.html(<AssessPage ctx={pageContext(c)} initiative={initiative} form={form} actors={await actorOptions(c, user)} changing={changing} />, status);
}

assessmentRoutes.get('/:slug/assess', async (c) => {
  const user = requireResident(c.var.user);
  const initiative = await loadInitiative(c);
  openOrRefuse(initiative);
  const mine = await currentAssessment(c.var.deps.db, initiative.id, `user:${user.id}`);
  const values: FormValues = mine ? Object.fromEntries(Object.entries(mine).map(([k, v]) => [k, String(v)])) : {};
  return render(c, initiative, user, emptyForm({ actor: 'self', ...values }));
});

assessmentRoutes.post('/:slug/assess', async (c) => {
  const user = requireResident(c.var.user);
  const initiative = await loadInitiative(c);
  openOrRefuse(initiative);
  const values = await readForm(c);
  const parsed = validateValues(values, answersSchema, c.var.t);
  const actor = await resolveActor(c.var.deps.db, user, typeof values.actor === 'string' ? values.actor : 'self');
  if (!parsed.ok || !actor) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(actor ? {} : { actor: c.var.t('compass.assess.notYourOrganisation') }) };
    return render(c, initiative, user, { values, errors }, 400);
  }
  const outcome = await submitAssessment(c.var.deps.db, actor, initiative, parsed.data);
  if (!outcome.ok) throw new Refusal(409, 'compass_closed', 'error.code.compass_closed');
  setFlash(c, outcome.changed ? 'compass.assess.changed' : 'compass.assess.done');
  return c.redirect(`/compass/initiatives/${initiative.slug}`, 303);
});
