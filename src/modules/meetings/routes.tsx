import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { HttpError, notFound, Refusal } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { localized } from '../../platform/i18n/index.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { requireResident } from '../../platform/session.ts';
import { ConfirmPage, isConfirmed } from '../../web/confirm.tsx';
import { pageContext } from '../../web/layout.tsx';
import { loadMeeting, meetingPath, type MeetingContext } from './access.ts';
import { assertRequirement } from '../verification/index.ts';
import { meetingPageData, registrationRefusal, requirementTarget } from './public-page.ts';
import { cancelRegistration, registerForMeeting, saveRegistrationDetails } from './registration-service.ts';
import { MeetingPage } from './views/meeting-page.tsx';
import { MinutesVersionPage } from './views/minutes-version-page.tsx';
import { localizedPlain } from '../../web/localized-text.tsx';

/** The public pages of meetings, mounted at `/meetings`: the page, registering, details, cancelling, old minutes. */
export const meetingRoutes = new Hono<AppEnv>();

const detailsSchema = z.object({
  full_name: z.string().trim().max(120).default(''),
  phone: z.string().trim().max(40).regex(/^[+\d\s().-]*$/, 'meetings.details.phoneInvalid').default(''),
  needs: z.string().trim().max(1000).default(''),
  share_details: z.literal('on').optional(),
});

async function renderPage(c: Context<AppEnv>, mc: MeetingContext, status: 200 | 400 = 200, detailsForm?: Parameters<typeof meetingPageData>[2]) {
  return c.html(<MeetingPage ctx={pageContext(c)} data={await meetingPageData(c, mc, detailsForm)} />, status);
}

meetingRoutes.get('/:id', async (c) => renderPage(c, await loadMeeting(c, c.req.param('id'))));

meetingRoutes.post('/:id/register', async (c) => {
  const mc = await loadMeeting(c, c.req.param('id'));
  const user = requireResident(c.var.user);
  const refusal = registrationRefusal(c, mc);
  if (refusal) throw new Refusal(409, 'registration_refused', refusal);
  // A meeting may be kept for verified residents (a method, and optionally the process's neighbourhood).
  await assertRequirement(c.var.deps.db, user, requirementTarget(mc));
  const outcome = await registerForMeeting(c.var.deps, mc.meeting, user.id);
  setFlash(c, outcome.status === 'confirmed' ? 'meetings.register.doneSeat' : 'meetings.register.doneWaiting');
  return c.redirect(meetingPath(mc.meeting.id), 303);
});

meetingRoutes.post('/:id/details', async (c) => {
  const mc = await loadMeeting(c, c.req.param('id'));
  const user = requireResident(c.var.user);
  const parsed = await parseForm(c, detailsSchema, c.var.t);
  if (!parsed.ok) return renderPage(c, mc, 400, { values: parsed.values, errors: parsed.errors });
  await saveRegistrationDetails(c.var.deps.db, mc.meeting.id, user.id, { ...parsed.data, share_details: parsed.data.share_details === 'on' });
  setFlash(c, 'meetings.details.saved');
  return c.redirect(meetingPath(mc.meeting.id), 303);
});

function cancelPage(c: Context<AppEnv>, mc: MeetingContext, unconfirmed: boolean) {
  const ctx = pageContext(c);
  const { t } = ctx;
  const title = t('meetings.cancel.title', { title: localizedPlain(ctx, mc.meeting.title_fr, mc.meeting.title_en) });
  const consequences = { happens: t('meetings.cancel.happens'), lost: [t('meetings.cancel.lostSeat'), t('meetings.cancel.lostDetails')] };
  return c.html(
    <ConfirmPage ctx={ctx} title={title} back={{ href: meetingPath(mc.meeting.id), label: t('meetings.back') }} consequences={consequences} confirm={{ action: meetingPath(mc.meeting.id, 'cancel'), submitLabel: t('meetings.cancel.submit') }} unconfirmed={unconfirmed} />,
    unconfirmed ? 400 : 200,
  );
}

meetingRoutes.get('/:id/cancel', async (c) => {
  const mc = await loadMeeting(c, c.req.param('id'));
  requireResident(c.var.user);
  return cancelPage(c, mc, false);
});

meetingRoutes.post('/:id/cancel', async (c) => {
  const mc = await loadMeeting(c, c.req.param('id'));
  const user = requireResident(c.var.user);
  if (!isConfirmed(await readForm(c))) return cancelPage(c, mc, true);
  const cancelled = await cancelRegistration(c.var.deps, mc.meeting, user.id);
  if (!cancelled) throw new HttpError(409, 'not_registered');
  setFlash(c, 'meetings.cancel.done');
  return c.redirect(meetingPath(mc.meeting.id), 303);
});

meetingRoutes.get('/:id/minutes/:version', async (c) => {
  const mc = await loadMeeting(c, c.req.param('id'));
  const version = Number(c.req.param('version'));
  const row = Number.isInteger(version)
    ? await c.var.deps.db.selectFrom('meeting_minutes').selectAll().where('meeting_id', '=', mc.meeting.id).where('version', '=', version).where('approved_on', 'is not', null).executeTakeFirst()
    : undefined;
  if (!row) throw notFound();
  return c.html(<MinutesVersionPage ctx={pageContext(c)} mc={mc} minutes={row} />);
});
