import type { AppDeps } from '../../platform/context.ts';
import type { PublishOutcome } from '../../platform/statistics/index.ts';
import { componentSettingsFor } from '../processes/index.ts';
import { feedPerceivedIndicators } from './perceived.ts';
import { countRespondents } from './queries.ts';
import { mixWhenBatchFull, sealResponses } from './response-box.ts';
import { surveySpec } from './spec.ts';
import { linkedQuestions, publishSurveyStatistics } from './statistics.ts';
import type { SurveyContext } from './survey-context.ts';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'log'>;
type Survey = Pick<SurveyContext, 'component' | 'detail' | 'settings' | 'questions' | 'neighbourhoods' | 'open'> & { survey?: Pick<SurveyContext['survey'], 'sealed' | 'tally_version'> };

/**
 * The period a survey's perceived values belong to: the year the admin set, else the year the last
 * phase open to answers ends, else this year.
 */
export function feedPeriod(survey: Pick<Survey, 'component' | 'detail' | 'settings'>, today = new Date()): string {
  if (survey.settings.indicatorPeriod) return survey.settings.indicatorPeriod;
  const answering = survey.detail.phases.filter((p) => componentSettingsFor(survey.component, p.id, surveySpec).phase.answersEnabled);
  const last = answering.at(-1)?.ends_on;
  return last ? last.slice(0, 4) : String(today.getUTCFullYear());
}

/** How the indicators cite a survey as the source of their perceived values (unique per survey). */
export const feedSource = (processTitle: string, surveyName: string, componentId: string) => `${processTitle} — ${surveyName} (/surveys/${componentId})`;

async function publish(deps: Deps, survey: Survey, forFeed = false): Promise<PublishOutcome | null> {
  // Only a differentially private release is named after the number of respondents.
  const respondents = survey.settings.differentialPrivacy ? await countRespondents(deps.db, survey.component.id) : null;
  const publication = { componentId: survey.component.id, differentialPrivacy: survey.settings.differentialPrivacy, closed: !survey.open, respondents, neighbourhoods: survey.neighbourhoods.map((n) => n.key), forFeed, tallyVersion: survey.survey ? Number(survey.survey.tally_version) : null };
  return publishSurveyStatistics(deps, publication, survey.questions);
}

async function feed(deps: Deps, survey: Survey, outcome: PublishOutcome | null): Promise<void> {
  if (!outcome?.ok || linkedQuestions(survey.questions).length === 0) return;
  await feedPerceivedIndicators(deps.db, feedPeriod(survey), feedSource(survey.detail.process.title_fr, survey.component.name_fr, survey.component.id), outcome.statistic, survey.questions, survey.neighbourhoods.map((n) => n.key));
}

/**
 * The survey's published figures as a reader sees them now. A closed survey is sealed first (its last
 * anonymous responses mixed in), so its results count every answer; when that moved responses, or a
 * differentially private release was just made, the perceived indicators are fed from these figures.
 * Null while a differentially private survey is still open.
 */
export async function loadSurveyResults(deps: Deps, survey: Survey): Promise<PublishOutcome | null> {
  const moved = survey.open ? 0 : await sealResponses(deps.db, survey.component.id, survey.questions, survey.survey && Number(survey.survey.sealed) === 1);
  const before = Date.now();
  const outcome = await publish(deps, survey, moved > 0);
  const freshRelease = outcome?.ok && outcome.statistic.noise !== null && Date.parse(outcome.statistic.noise.releasedAt) >= before;
  if (moved > 0 || freshRelease) await feed(deps, survey, outcome);
  return outcome;
}

/**
 * After a submission: mixes the pool when a batch is full and, for a survey without noise, feeds the
 * perceived indicators from the counts as they now stand (a signed response is counted at once).
 */
export async function afterSubmission(deps: Deps, survey: Survey): Promise<void> {
  // Mixed even for a signed survey: anonymous responses from before a change of the setting may wait there.
  const mixed = await mixWhenBatchFull(deps.db, survey.component.id, survey.questions, deps.log);
  const moved = survey.settings.anonymous ? mixed : 1;
  if (moved > 0 && !survey.settings.differentialPrivacy) await feed(deps, survey, await publish(deps, survey, true));
}
