import { NO_NEIGHBOURHOOD, type ParticipationSource } from '../participation/index.ts';
import { ACCOUNT_PREFIX, PSEUDONYM_PREFIX } from './identity.ts';

/**
 * Survey answers for the equity-of-participation page: responses given in the year, counted in the
 * neighbourhood the respondent stated (anonymous responses are tied to no one, so no cap applies:
 * one person gives at most one answer per survey, which bounds their share). Respondents come from
 * the register: accounts, and pseudonyms apart.
 */
export const surveyYearlyParticipation: ParticipationSource = {
  name: 'surveys',
  async collect(db, { year }) {
    const [responses, respondents, hoods] = await Promise.all([
      db.selectFrom('survey_response').select(['component_id', 'neighbourhood']).where('year', '=', year).execute(),
      db.selectFrom('survey_respondent').select('respondent_key').where('year', '=', year).execute(),
      db.selectFrom('neighbourhood').select('slug').execute(),
    ]);
    const known = new Set(hoods.map((h) => h.slug));
    const perArea: Record<string, number> = {};
    for (const r of responses) {
      const area = r.neighbourhood && known.has(r.neighbourhood) ? r.neighbourhood : NO_NEIGHBOURHOOD;
      perArea[area] = (perArea[area] ?? 0) + 1;
    }
    const surveys = new Set(responses.map((r) => r.component_id)).size;
    const keys = respondents.map((r) => r.respondent_key);
    return {
      figures: [{ figure: 'surveyAnswers', perArea, sensitivity: Math.max(1, surveys) }],
      accounts: keys.filter((k) => k.startsWith(ACCOUNT_PREFIX)).map((k) => k.slice(ACCOUNT_PREFIX.length)),
      pseudonyms: keys.filter((k) => k.startsWith(PSEUDONYM_PREFIX)),
    };
  },
};
