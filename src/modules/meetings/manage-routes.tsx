import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { localized } from '../../platform/i18n/index.ts';
import { parseForm, type FieldErrors } from '../../platform/form.ts';
import { setFlash } from '../../platform/flash.ts';
import { requireAdmin } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods, loadVisibleComponent } from '../processes/index.ts';
import { loadPicker, locateInCity } from '../geography/index.ts';
import { componentPath, loadMeeting, meetingPath } from './access.ts';
import { meetingFormValues, meetingInput } from './meeting-input.ts';
import { createMeeting, organiserExists, updateMeeting } from './manage-service.ts';
import { meetingSpec } from './spec.ts';
import { DEFAULT_TIME_ZONE } from './times.ts';
import { MeetingFormPage } from './views/meeting-form-page.tsx';
import { localizedPlain } from '../../web/localized-text.tsx';

/** City admins create and edit meetings, mounted at `/meetings`. */
export const manageRoutes = new Hono<AppEnv>();

const organisations = (c: Context<AppEnv>) => c.var.deps.db.selectFrom('organisation').select(['id', 'name']).orderBy('name').execute();

async function renderForm(c: Context<AppEnv>, options: { title: string; action: string; back: string; state: FormState }, status: 200 | 400) {
  const { db } = c.var.deps;
  const [orgs, hoods, picker] = await Promise.all([organisations(c), listNeighbourhoods(db), loadPicker(db, c.var.t, c.var.locale, 'field-neighbourhood_id')]);
  const neighbourhoods = hoods.map((n) => ({ id: n.id, name: localized(c.var.locale, n.name_fr, n.name_en) }));
  return c.html(<MeetingFormPage ctx={pageContext(c)} {...options} organisations={orgs} neighbourhoods={neighbourhoods} picker={picker} />, status);
}

// The form's own checks, then those that need the database: the organiser and the neighbourhood must exist, the pin be on the city's map.
async function readMeetingForm(c: Context<AppEnv>) {
  const parsed = await parseForm(c, meetingInput, c.var.t);
  if (!parsed.ok) return parsed;
  const { organiser, neighbourhood_id, latitude, longitude } = parsed.data;
  const errors: FieldErrors = {};
  if (!(await organiserExists(c.var.deps, organiser))) errors.organiser = c.var.t('form.invalidChoice');
  if (neighbourhood_id && !(await c.var.deps.db.selectFrom('neighbourhood').select('id').where('id', '=', neighbourhood_id).executeTakeFirst())) errors.neighbourhood_id = c.var.t('form.invalidChoice');
  if (latitude !== null && longitude !== null && !(await locateInCity(c.var.deps.db, latitude, longitude)).inside) errors.latitude = c.var.t('geography.location.outside');
  if (Object.keys(errors).length === 0) return parsed;
  return { ok: false as const, errors, values: parsed.values };
}

manageRoutes.get('/new/:componentId', async (c) => {
  requireAdmin(c.var.user);
  const { component, detail } = await loadVisibleComponent(c.var.deps.db, c.req.param('componentId'), meetingSpec.type, c.var.user);
  const state = emptyForm({ mode: 'in-person', access: 'registration', time_zone: DEFAULT_TIME_ZONE });
  return renderForm(c, { title: c.var.t('meetings.form.newTitle'), action: `/meetings/new/${component.id}`, back: componentPath({ component, detail }), state }, 200);
});

manageRoutes.post('/new/:componentId', async (c) => {
  const actor = requireAdmin(c.var.user);
  const { component, detail } = await loadVisibleComponent(c.var.deps.db, c.req.param('componentId'), meetingSpec.type, c.var.user);
  const parsed = await readMeetingForm(c);
  if (!parsed.ok) return renderForm(c, { title: c.var.t('meetings.form.newTitle'), action: `/meetings/new/${component.id}`, back: componentPath({ component, detail }), state: parsed }, 400);
  const id = await createMeeting(c.var.deps, actor, component.id, parsed.data);
  setFlash(c, 'meetings.form.created');
  return c.redirect(meetingPath(id), 303);
});

manageRoutes.get('/:id/edit', async (c) => {
  requireAdmin(c.var.user);
  const { meeting } = await loadMeeting(c, c.req.param('id'));
  const title = c.var.t('meetings.form.editTitle', { title: localizedPlain(c.var, meeting.title_fr, meeting.title_en) });
  return renderForm(c, { title, action: meetingPath(meeting.id, 'edit'), back: meetingPath(meeting.id, 'organise'), state: emptyForm(meetingFormValues(meeting)) }, 200);
});

manageRoutes.post('/:id/edit', async (c) => {
  const actor = requireAdmin(c.var.user);
  const { meeting } = await loadMeeting(c, c.req.param('id'));
  const parsed = await readMeetingForm(c);
  if (!parsed.ok) {
    const title = c.var.t('meetings.form.editTitle', { title: localizedPlain(c.var, meeting.title_fr, meeting.title_en) });
    return renderForm(c, { title, action: meetingPath(meeting.id, 'edit'), back: meetingPath(meeting.id, 'organise'), state: parsed }, 400);
  }
  await updateMeeting(c.var.deps, actor, meeting, parsed.data);
  setFlash(c, 'meetings.form.saved');
  return c.redirect(meetingPath(meeting.id), 303);
});
