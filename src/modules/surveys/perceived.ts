import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PublishedStatistic, PublishedValue } from '../../platform/statistics/index.ts';
import { CITY, recordPerceivedValues, type PerceivedValue } from '../indicators/index.ts';
import type { Question } from './questions.ts';
import { feedTableName, linkedQuestions } from './statistics.ts';

const numeric = (figure: PublishedValue | undefined): number | null => (!figure ? null : 'value' in figure ? figure.value : 'noised' in figure ? figure.noised : null);

/**
 * The perceived indicator values a survey's published figures give: per neighbourhood and for the
 * whole city, the share of satisfied answers (4 or 5) to each scale question linked to an indicator.
 * An area gets no value unless both its satisfied and its other answers were publishable: a share
 * built on fewer than 5 of either would give those few answers away.
 */
export function perceivedValues(statistic: PublishedStatistic, questions: readonly Question[], neighbourhoods: readonly string[]): PerceivedValue[] {
  const values: PerceivedValue[] = [];
  for (const q of linkedQuestions(questions)) {
    const table = statistic.tables[feedTableName(q.id)]?.cells ?? {};
    for (const area of [...neighbourhoods, CITY]) {
      const [satisfied, other] = [numeric(table[`${area}:satisfied`]), numeric(table[`${area}:other`])];
      if (satisfied === null || other === null || satisfied + other === 0) continue;
      values.push({ indicator: q.indicatorCode!, area, value: Math.round((1000 * satisfied) / (satisfied + other)) / 10, n: satisfied + other });
    }
  }
  return values;
}

/** Writes a survey's perceived values for one period (replacing that survey's earlier ones for the period); returns how many. */
export async function feedPerceivedIndicators(db: Kysely<Database>, period: string, source: string, statistic: PublishedStatistic, questions: readonly Question[], neighbourhoods: readonly string[]): Promise<number> {
  const values = perceivedValues(statistic, questions, neighbourhoods);
  const indicators = linkedQuestions(questions).map((q) => q.indicatorCode!);
  await recordPerceivedValues(db, { period, source, indicators }, values);
  return values.length;
}
