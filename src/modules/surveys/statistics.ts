import type { AppDeps } from '../../platform/context.ts';
import { publishStatistic, type CountTable, type PublishOutcome } from '../../platform/statistics/index.ts';
import { CITY } from '../indicators/index.ts';
import { readTally } from './queries.ts';
import { isCounted, valuesOf, type Question } from './questions.ts';
import { ANSWERED, RESPONSES } from './response-box.ts';

/** The name of a question's table in a release (a matrix has one per item). */
export const tableName = (questionId: string, item?: string) => (item ? `q:${questionId}:${item}` : `q:${questionId}`);
/** The table of a scale question linked to a perceived indicator: satisfied (4 or 5) and others, per area. */
export const feedTableName = (questionId: string) => `feed:${questionId}`;
/** The answers that count as satisfied on a 1–5 scale. */
export const SATISFIED = ['4', '5'];

/** Which survey's figures to publish, and with which protection. */
export interface SurveyPublication {
  componentId: string;
  differentialPrivacy: boolean;
  closed: boolean;
  /** How many people answered (needed with differential privacy only): names the release, so new answers after a reopening make a new one. */
  respondents: number | null;
  neighbourhoods: readonly string[];
  /** Whether to add the tables that feed the perceived indicators (always with differential privacy: one release holds everything). */
  forFeed: boolean;
  /** The tally's version (null: do not cache); figures are kept in memory per version, as they change only when it does. */
  tallyVersion: number | null;
}

// Published figures by survey, tally version and question shape: a busy results page reads them from
// memory, and any counted answer (a new version, read from the database on each request) replaces them.
const published = new Map<string, PublishOutcome>();
const CACHED_SURVEYS = 200;

function cacheKey(publication: SurveyPublication, questions: readonly Question[]): string | null {
  if (publication.tallyVersion === null) return null;
  const shape = questions.map((q) => `${q.id}:${q.kind}:${valuesOf(q, publication.neighbourhoods).join(',')}:${q.items.map((i) => i.key).join(',')}:${q.indicatorCode ?? ''}`).join('|');
  const { componentId, tallyVersion, differentialPrivacy, closed, forFeed, respondents } = publication;
  return JSON.stringify([componentId, tallyVersion, differentialPrivacy, closed, forFeed, respondents, shape]);
}

/** The scale questions whose results feed a perceived indicator. */
export const linkedQuestions = (questions: readonly Question[]) => questions.filter((q) => q.kind === 'scale' && q.indicatorCode);

/**
 * Publishes a survey's figures through the one publishing function, in one release: per question the
 * count of each answer (with the total, so percentages can be read), the number of responses, and for
 * each scale question linked to a perceived indicator the satisfied and other answers per neighbourhood
 * and for the whole city (what the indicators are fed from). Small counts are hidden; with differential
 * privacy on, every figure is noised under the survey's ε budget, and the release is made only once the
 * survey has closed (null before): daily releases while it runs would spend the budget in days. Reads
 * only the running tally, so it costs the same with 10 or 10,000 answers.
 */
export async function publishSurveyStatistics(deps: Pick<AppDeps, 'db' | 'dialect'>, publication: SurveyPublication, questions: readonly Question[]): Promise<PublishOutcome | null> {
  if (publication.differentialPrivacy && !publication.closed) return null;
  const key = cacheKey(publication, questions);
  const cached = key === null ? undefined : published.get(key);
  if (cached) return cached;
  const outcome = await publishFromTally(deps, publication, questions);
  // A refusal (budget spent) may turn into a release next year: only releases are kept.
  if (key !== null && outcome.ok) {
    if (published.size >= CACHED_SURVEYS) published.delete(published.keys().next().value!);
    published.set(key, outcome);
  }
  return outcome;
}

async function publishFromTally(deps: Pick<AppDeps, 'db' | 'dialect'>, publication: SurveyPublication, questions: readonly Question[]): Promise<PublishOutcome> {
  const tally = await readTally(deps.db, publication.componentId);
  const count = new Map<string, number>();
  const perArea = new Map<string, number>();
  for (const row of tally) {
    const key = `${row.question_id}\u0000${row.item}\u0000${row.value}`;
    count.set(key, (count.get(key) ?? 0) + Number(row.answers));
    perArea.set(`${key}\u0000${row.area}`, Number(row.answers));
  }
  const cells = (questionId: string, item: string, values: readonly string[]) => Object.fromEntries(values.map((v) => [v, count.get(`${questionId}\u0000${item}\u0000${v}`) ?? 0]));
  const tables: Record<string, CountTable> = { responses: { cells: cells('', '', [RESPONSES]) } };
  for (const q of questions.filter(isCounted)) {
    const values = valuesOf(q, publication.neighbourhoods);
    if (q.kind === 'matrix') {
      for (const item of q.items) tables[tableName(q.id, item.key)] = { cells: cells(q.id, item.key, values), withTotal: true };
    } else if (q.kind === 'multiple') {
      // One person may tick every option: the table's sensitivity is the number of options.
      tables[tableName(q.id)] = { cells: cells(q.id, '', values), sensitivity: Math.max(1, values.length) };
      tables[tableName(q.id, ANSWERED)] = { cells: cells(q.id, '', [ANSWERED]) };
    } else {
      tables[tableName(q.id)] = { cells: cells(q.id, '', values), withTotal: true };
    }
  }
  const feeding = publication.differentialPrivacy || publication.forFeed;
  for (const q of feeding ? linkedQuestions(questions) : []) {
    const feed: Record<string, number> = {};
    for (const area of [...publication.neighbourhoods, CITY]) feed[`${area}:satisfied`] = feed[`${area}:other`] = 0;
    for (const value of valuesOf(q, publication.neighbourhoods)) {
      const side = SATISFIED.includes(value) ? 'satisfied' : 'other';
      feed[`${CITY}:${side}`] += count.get(`${q.id}\u0000\u0000${value}`) ?? 0;
      for (const area of publication.neighbourhoods) feed[`${area}:${side}`] += perArea.get(`${q.id}\u0000\u0000${value}\u0000${area}`) ?? 0;
    }
    // One person counts once in their neighbourhood and once in the city.
    tables[feedTableName(q.id)] = { cells: feed, sensitivity: 2 };
  }
  return publishStatistic(deps, {
    dataset: { key: `survey:${publication.componentId}`, differentialPrivacy: publication.differentialPrivacy ? {} : undefined },
    release: publication.differentialPrivacy ? `final-${publication.respondents}` : undefined,
    description: 'Survey results: answers per question, and satisfaction per neighbourhood for perceived indicators',
    tables,
  });
}
