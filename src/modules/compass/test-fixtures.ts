import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../../test/support/app.ts';
import type { CompassActor } from './actors.ts';
import { compassChanged } from './compass-cache.ts';
import { submitAssessment } from './assessment-service.ts';
import { criterionKeys, type Answers } from './criteria.ts';
import type { StakeholderGroup } from './groups.ts';
import { findInitiativeBySlug, type InitiativeRow } from './initiative-queries.ts';

/** For tests: a published initiative open for assessment, written directly. */
export async function insertInitiative(ctx: TestContext, fields: Partial<InitiativeRow> & { title_fr: string }): Promise<InitiativeRow> {
  const now = new Date().toISOString();
  const slug = fields.slug ?? fields.title_fr.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await ctx.deps.db
    .insertInto('compass_initiative')
    .values({ id: randomUUID(), slug, title_en: fields.title_fr, description_fr: 'd', description_en: 'd', scope: 'city', budget: 100_000, starts_on: null, ends_on: null, status: 'running', published: 1, assessment_open: 1, proposed_by: null, proposed_for: null, created_at: now, updated_at: now, ...fields })
    .execute();
  compassChanged();
  return (await findInitiativeBySlug(ctx.deps.db, slug))!;
}

/** Answers with every criterion at `n`, some overridden. */
export const answersAll = (n: number, overrides: Answers = {}): Answers => ({ ...Object.fromEntries(criterionKeys.map((k) => [k, n])), ...overrides });

/** For tests: `count` assessments of one group, each by a new person (or organisation key), at a given moment. */
export async function assess(ctx: TestContext, initiative: InitiativeRow, group: StakeholderGroup, count: number, answers: Answers, at?: Date): Promise<void> {
  for (let i = 0; i < count; i++) {
    const user = await ctx.createUser({ role: group === 'city' ? 'admin' : 'resident' });
    const actor: CompassActor = { userId: user.id, organisation: null, group, assessorKey: `user:${user.id}` };
    const outcome = await submitAssessment(ctx.deps.db, actor, initiative, answers, at);
    if (!outcome.ok) throw new Error(`assessment refused: ${outcome.code}`);
  }
}
