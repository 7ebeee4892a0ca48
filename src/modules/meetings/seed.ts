import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newRegistrationCode } from './registration-code.ts';
import { DEFAULT_TIME_ZONE, zonedToInstant } from './times.ts';

const dayAt = (offsetDays: number, time: string, now: Date) => zonedToInstant(`${new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10)}T${time}`, DEFAULT_TIME_ZONE)!;

const minutesV1 = `## Présents\n\n23 habitants, le comité des Tilleuls, deux agents du service Espaces verts.\n\n## Ce qui a été dit\n\n- Les cours d’école sont les lieux les plus frais du quartier l’été, mais fermées.\n- Plusieurs personnes âgées demandent de l’eau potable sur la place du marché.`;
const minutesV2 = `${minutesV1}\n\n## Suites\n\nDeux propositions sont déposées sur la plateforme à l’issue de l’atelier (voir ci-dessous). Le service Espaces verts répondra avant la fin de la phase de propositions.`;
const minutesV2En = `## Present\n\n23 residents, the Tilleuls committee, two officers of the Green spaces department.\n\n## What was said\n\n- School playgrounds are the coolest places in the neighbourhood in summer, but closed.\n- Several older people ask for drinking water on the market square.\n\n## Next steps\n\nTwo proposals were filed on the platform after the workshop (see below). The Green spaces department will answer before the end of the proposals phase.`;

/**
 * The demo city's meetings, in the climate-plan process: a workshop held twelve days ago (attendance
 * counted, minutes in two versions — the second approved — and the two proposals it gave rise to), and
 * a hybrid public meeting in nine days whose two seats are taken, with Sarah on the waitlist.
 */
export async function seedDemoMeetings(db: Kysely<Database>, people: Record<string, string>, now = new Date()): Promise<void> {
  const process = await db.selectFrom('process').select('id').where('slug', '=', 'plan-climat-tilleuls').executeTakeFirst();
  if (!process || !people.amina || !people.louis || !people.sarah) return;
  const committee = await db.selectFrom('organisation').select('id').where('slug', '=', 'comite-des-tilleuls').executeTakeFirst();
  const stamp = now.toISOString();
  const componentId = randomUUID();
  const [pastId, nextId] = [randomUUID(), randomUUID()];
  const place = { address: 'Maison de quartier des Tilleuls, 4 rue des Écoles, Bellerive', time_zone: DEFAULT_TIME_ZONE, created_at: stamp, updated_at: stamp };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('component').values({ id: componentId, process_id: process.id, type: 'meetings', name_fr: 'Réunions', name_en: 'Meetings', position: 5, settings: '{}', published: 1, created_at: stamp }).execute();
    await trx
      .insertInto('meeting')
      .values({
        id: pastId, component_id: componentId, ...place,
        title_fr: 'Atelier\u202f: des îlots de fraîcheur aux Tilleuls', title_en: 'Workshop: cool islands in Les Tilleuls',
        description_fr: 'Un atelier pour repérer les lieux frais du quartier et imaginer ceux qui manquent.', description_en: 'A workshop to map the cool places of the neighbourhood and imagine the missing ones.',
        mode: 'in-person', step_free: 1, induction_loop: 1, sign_language: 0, childcare: 1, online_url: '',
        starts_at: dayAt(-12, '18:00', now), ends_at: dayAt(-12, '20:00', now), organiser_org_id: committee?.id ?? null, access: 'open', capacity: 40, attendance_total: 23,
      })
      .execute();
    await trx
      .insertInto('meeting')
      .values({
        id: nextId, component_id: componentId, ...place,
        title_fr: 'Réunion publique\u202f: le plan climat des Tilleuls', title_en: 'Public meeting: the Tilleuls climate plan',
        description_fr: 'La ville présente les propositions reçues et les premières réponses. Sur place ou en ligne.', description_en: 'The city presents the proposals received and its first answers. In person or online.',
        mode: 'hybrid', step_free: 1, induction_loop: 1, sign_language: 1, childcare: 0, online_url: 'https://visio.bellerive.example/plan-climat',
        starts_at: dayAt(9, '18:30', now), ends_at: dayAt(9, '20:30', now), organiser_org_id: null, access: 'registration', capacity: 2, attendance_total: null,
      })
      .execute();
    const registration = (meetingId: string, person: string, status: string, minutesAgo: number, checkedIn: string | null) => ({
      id: randomUUID(), meeting_id: meetingId, user_id: people[person], status, code: newRegistrationCode(),
      queued_at: new Date(now.getTime() - minutesAgo * 60_000).toISOString(), confirmed_at: status === 'confirmed' ? stamp : null,
      cancelled_at: null, checked_in_at: checkedIn, reminded_at: null, full_name: '', phone: '', needs: '', share_details: 0,
    });
    const arrived = dayAt(-12, '17:55', now);
    await trx.insertInto('meeting_registration').values([
      registration(pastId, 'amina', 'confirmed', 30 * 24 * 60, arrived),
      registration(pastId, 'louis', 'confirmed', 29 * 24 * 60, arrived),
      registration(nextId, 'amina', 'confirmed', 3 * 24 * 60, null),
      registration(nextId, 'louis', 'confirmed', 2 * 24 * 60, null),
      registration(nextId, 'sarah', 'waiting', 24 * 60, null),
    ]).execute();
    const minutes = (version: number, body_fr: string, body_en: string, approved_on: string | null) => ({ id: randomUUID(), meeting_id: pastId, version, body_fr, body_en, approved_on, created_at: stamp, created_by: people.admin ?? null });
    await trx.insertInto('meeting_minutes').values([minutes(1, minutesV1, '', null), minutes(2, minutesV2, minutesV2En, dayAt(-5, '12:00', now).slice(0, 10))]).execute();
    const born = await trx.selectFrom('proposal').select('id').where('process_id', '=', process.id).orderBy('created_at').limit(2).execute();
    if (born.length) await trx.updateTable('proposal').set({ meeting_id: pastId }).where('id', 'in', born.map((p) => p.id)).execute();
  });
}
