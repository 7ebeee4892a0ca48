import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { isResident } from '../../platform/session.ts';
import { loadVisibleComponent, type ComponentRow, type ProcessDetail } from '../processes/index.ts';
import { findMeeting, type MeetingRow } from './queries.ts';
import { meetingSpec } from './spec.ts';

/** A meeting with the component and process it belongs to, as this person may see them. */
export interface MeetingContext {
  meeting: MeetingRow;
  component: ComponentRow;
  detail: ProcessDetail;
}

/** Loads a meeting for this request: 404 when it does not exist or its process or component is hidden from this person. */
export async function loadMeeting(c: Context<AppEnv>, meetingId: string): Promise<MeetingContext> {
  const meeting = await findMeeting(c.var.deps.db, meetingId);
  if (!meeting) throw notFound();
  const { component, detail } = await loadVisibleComponent(c.var.deps.db, meeting.component_id, meetingSpec.type, c.var.user);
  return { meeting, component, detail };
}

/**
 * Whether this person runs a meeting (checks codes at the door, exports registrations, writes minutes,
 * records attendance): a city admin, or an owner or admin of the organising organisation.
 */
export async function mayOrganise(db: Kysely<Database>, user: CurrentUser | null, meeting: Pick<MeetingRow, 'organiser_org_id'>): Promise<boolean> {
  if (!isResident(user)) return false;
  if (user.role === 'admin') return true;
  if (!meeting.organiser_org_id) return false;
  const membership = await db.selectFrom('organisation_member').select('role').where('organisation_id', '=', meeting.organiser_org_id).where('user_id', '=', user.id).executeTakeFirst();
  return membership?.role === 'owner' || membership?.role === 'admin';
}

/** Throws 403 unless this person runs the meeting. */
export async function requireOrganiser(c: Context<AppEnv>, meeting: MeetingRow): Promise<void> {
  if (!(await mayOrganise(c.var.deps.db, c.var.user, meeting))) throw forbidden();
}

/** The address of a meeting's pages. */
export const meetingPath = (meetingId: string, page = ''): string => `/meetings/${meetingId}${page ? `/${page}` : ''}`;

/** The address of the meetings component in its process. */
export const componentPath = (ctx: Pick<MeetingContext, 'component' | 'detail'>): string => `/processes/${ctx.detail.process.slug}/c/${ctx.component.id}`;
