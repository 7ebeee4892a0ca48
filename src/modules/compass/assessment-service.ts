import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { CompassActor } from './actors.ts';
import { compassChanged } from './compass-cache.ts';
import { assessmentPoint, type Answers } from './criteria.ts';
import type { InitiativeRow } from './initiative-queries.ts';

/** The current assessment of an assessor (a person or an organisation) for an initiative, if any. */
export async function currentAssessment(db: Kysely<Database>, initiativeId: string, assessorKey: string): Promise<Answers | null> {
  const row = await db
    .selectFrom('compass_assessment')
    .select('answers')
    .where('initiative_id', '=', initiativeId)
    .where('assessor_key', '=', assessorKey)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
  return row ? (JSON.parse(row.answers) as Answers) : null;
}

export type AssessmentOutcome = { ok: true; changed: boolean } | { ok: false; code: 'not-open' };

/**
 * Records an assessment, or replaces the assessor's previous one: the old version is kept, marked
 * superseded, so the compass of an earlier date still shows it. Refused once the assessment is closed.
 */
export async function submitAssessment(db: Kysely<Database>, actor: CompassActor, initiative: InitiativeRow, answers: Answers, now: Date = new Date()): Promise<AssessmentOutcome> {
  const point = assessmentPoint(answers);
  const at = now.toISOString();
  const write = () =>
    db.transaction().execute(async (trx) => {
      const open = await trx.selectFrom('compass_initiative').select(['published', 'assessment_open']).where('id', '=', initiative.id).executeTakeFirst();
      if (!open || open.published !== 1 || open.assessment_open !== 1) return { ok: false as const, code: 'not-open' as const };
      const superseded = await trx
        .updateTable('compass_assessment')
        .set({ superseded_at: at })
        .where('initiative_id', '=', initiative.id)
        .where('assessor_key', '=', actor.assessorKey)
        .where('superseded_at', 'is', null)
        .executeTakeFirst();
      await trx
        .insertInto('compass_assessment')
        .values({
          id: randomUUID(),
          initiative_id: initiative.id,
          assessor_key: actor.assessorKey,
          user_id: actor.userId,
          organisation_id: actor.organisation?.id ?? null,
          stakeholder_group: actor.group,
          answers: JSON.stringify(answers),
          digital_business: point.digitalBusiness,
          eco_city: point.ecoCity,
          ethic_human: point.ethicHuman,
          created_at: at,
          superseded_at: null,
        })
        .execute();
      return { ok: true as const, changed: Number(superseded.numUpdatedRows) > 0 };
    });
  try {
    return await write();
  } catch (err) {
    // Two submissions of the same assessor at the same moment: the unique index let one in; the other replaces it.
    if (isUniqueViolation(err)) return await write();
    throw err;
  } finally {
    compassChanged();
  }
}

/** A person's own assessments (their part of "download my data"), current and earlier versions. */
export function assessmentsBy(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('compass_assessment')
    .innerJoin('compass_initiative', 'compass_initiative.id', 'compass_assessment.initiative_id')
    .select(['compass_initiative.title_fr as initiative', 'compass_assessment.assessor_key', 'compass_assessment.stakeholder_group', 'compass_assessment.answers', 'compass_assessment.created_at', 'compass_assessment.superseded_at'])
    .where('compass_assessment.user_id', '=', userId)
    .orderBy('compass_assessment.created_at')
    .execute();
}
