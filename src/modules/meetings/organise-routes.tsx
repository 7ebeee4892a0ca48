import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { setFlash } from '../../platform/flash.ts';
import { requireResident } from '../../platform/session.ts';
import { isAdmin } from '../../platform/session.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { pageContext } from '../../web/layout.tsx';
import { loadMeeting, meetingPath, requireOrganiser, type MeetingContext } from './access.ts';
import { approveMinutes, linkableProposals, linkProposals, recordAttendance, saveMinutesVersion } from './organise-service.ts';
import { listMinutes, listRegistrations, seatCounts } from './queries.ts';
import { normaliseCode } from './registration-code.ts';
import { registrationsCsv } from './registrations-csv.ts';
import { checkInCode } from './registration-service.ts';
import { OrganisePage, type OrganisePageData } from './views/organise-page.tsx';

/** What the organiser of a meeting does, mounted at `/meetings`: the door, the export, attendance, minutes, proposals. */
export const organiseRoutes = new Hono<AppEnv>();

async function organised(c: Context<AppEnv>): Promise<MeetingContext> {
  requireResident(c.var.user);
  const mc = await loadMeeting(c, c.req.param('id')!);
  await requireOrganiser(c, mc.meeting);
  return mc;
}

async function renderOrganise(c: Context<AppEnv>, mc: MeetingContext, extra: Partial<OrganisePageData> = {}, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [counts, registrations, minutes, proposals] = await Promise.all([seatCounts(db, [mc.meeting.id]), listRegistrations(db, mc.meeting.id), listMinutes(db, mc.meeting.id), linkableProposals(db, mc.detail.process.id)]);
  const data: OrganisePageData = { mc, counts: counts.get(mc.meeting.id)!, registrations, minutes, proposals, mayEdit: isAdmin(c.var.user), ...extra };
  return c.html(<OrganisePage ctx={pageContext(c)} data={data} />, status);
}

organiseRoutes.get('/:id/organise', async (c) => renderOrganise(c, await organised(c)));

const codeSchema = z.object({ code: z.string().trim().min(1).max(20).transform(normaliseCode) });

organiseRoutes.post('/:id/door', async (c) => {
  const mc = await organised(c);
  const parsed = await parseForm(c, codeSchema, c.var.t);
  if (!parsed.ok) return renderOrganise(c, mc, { door: { form: { values: parsed.values, errors: parsed.errors } } }, 400);
  const check = await checkInCode(c.var.deps.db, mc.meeting.id, parsed.data.code);
  return renderOrganise(c, mc, { door: { form: { values: {}, errors: {} }, check } });
});

organiseRoutes.get('/:id/registrations.csv', async (c) => {
  const mc = await organised(c);
  const rows = await listRegistrations(c.var.deps.db, mc.meeting.id);
  return c.body(registrationsCsv(c.var.t, rows), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="meeting-${mc.meeting.id}-registrations.csv"`, 'Cache-Control': 'no-store' });
});

const attendanceSchema = z.object({ attendance_total: z.string().trim().regex(/^\d{1,6}$/, 'meetings.after.attendanceInvalid').transform(Number) });

organiseRoutes.post('/:id/attendance', async (c) => {
  const mc = await organised(c);
  const parsed = await parseForm(c, attendanceSchema, c.var.t);
  if (!parsed.ok) return renderOrganise(c, mc, { attendanceForm: { values: parsed.values, errors: parsed.errors } }, 400);
  await recordAttendance(c.var.deps.db, c.var.user!, mc.meeting.id, parsed.data.attendance_total);
  setFlash(c, 'meetings.after.attendanceSaved');
  return c.redirect(meetingPath(mc.meeting.id, 'organise'), 303);
});

const minutesSchema = z.object({ body_fr: z.string().trim().min(1).max(50000), body_en: z.string().trim().max(50000).default('') });

organiseRoutes.post('/:id/minutes', async (c) => {
  const mc = await organised(c);
  const parsed = await parseForm(c, minutesSchema, c.var.t);
  if (!parsed.ok) return renderOrganise(c, mc, { minutesForm: { values: parsed.values, errors: parsed.errors } }, 400);
  await saveMinutesVersion(c.var.deps.db, c.var.user!, mc.meeting.id, parsed.data);
  setFlash(c, 'meetings.minutes.saved');
  return c.redirect(meetingPath(mc.meeting.id, 'organise'), 303);
});

const approveSchema = z.object({ approved_on: z.iso.date() });

organiseRoutes.post('/:id/minutes/:version/approve', async (c) => {
  const mc = await organised(c);
  const version = Number(c.req.param('version'));
  const values = await readForm(c);
  const parsed = approveSchema.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) errors.approved_on = c.var.t('form.invalidDate');
  if (!isConfirmed(values)) errors.confirmed = c.var.t('meetings.minutes.confirmRequired');
  if (!parsed.success || !isConfirmed(values) || !Number.isInteger(version)) return renderOrganise(c, mc, { approveForm: { version, form: { values, errors } } }, 400);
  await approveMinutes(c.var.deps.db, c.var.user!, mc.meeting.id, version, parsed.data.approved_on);
  setFlash(c, 'meetings.minutes.approved');
  return c.redirect(meetingPath(mc.meeting.id), 303);
});

organiseRoutes.post('/:id/proposals', async (c) => {
  const mc = await organised(c);
  const values = await readForm(c);
  const chosen = ([] as string[]).concat(values.proposal ?? []).filter((id) => id.length <= 100);
  await linkProposals(c.var.deps.db, c.var.user!, mc.meeting, mc.detail.process.id, chosen);
  setFlash(c, 'meetings.proposals.saved');
  return c.redirect(meetingPath(mc.meeting.id, 'organise'), 303);
});
