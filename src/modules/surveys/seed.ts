import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { dialectOf } from '../../db/full-text.ts';
import { applyQualityOfLifeTemplate } from './manage-service.ts';
import { feedPerceivedIndicators } from './perceived.ts';
import { listQuestions } from './queries.ts';
import { feedSource } from './results-service.ts';
import { dropIntoPool, sealResponses } from './response-box.ts';
import { demoHoods, demoRespondentKey, demoResponses } from './seed-answers.ts';
import { mobilitySurveyQuestions } from './seed-mobility.ts';
import { publishSurveyStatistics } from './statistics.ts';

const day = (offset: number, from = new Date()) => new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo city's surveys, in a "quality of life barometer" process: last year's "quality of life in
 * my neighbourhood" survey, closed, with about four hundred generated answers that feed last year's
 * perceived indicators; and this year's survey on getting around, open to answers (also without an
 * account), with chained conditions.
 */
export async function seedDemoSurveys(db: Kysely<Database>, now = new Date()): Promise<void> {
  const hoods = new Set((await db.selectFrom('neighbourhood').select('slug').execute()).map((n) => n.slug));
  if (!demoHoods.every((h) => hoods.has(h))) return;
  const lastYear = String(now.getUTCFullYear() - 1);
  const processId = randomUUID();
  const phases = [
    { id: randomUUID(), fr: `Enquête ${lastYear}`, en: `${lastYear} survey`, dfr: 'Les habitants disent comment ils vivent leur quartier.', den: 'Residents say how they feel about their neighbourhood.', from: `${lastYear}-02-01`, to: `${lastYear}-03-31` },
    { id: randomUUID(), fr: 'Restitution', en: 'Feedback', dfr: 'Résultats publiés et débattus en réunions de quartier.', den: 'Results published and discussed in neighbourhood meetings.', from: `${lastYear}-04-01`, to: day(-15, now) },
    { id: randomUUID(), fr: 'Enquête mobilité', en: 'Mobility survey', dfr: 'Comment se déplace-t-on à Bellerive\u202f?', den: 'How do people get around Bellerive?', from: day(-14, now), to: day(45, now) },
  ];
  const created_at = now.toISOString();
  const qualityId = randomUUID();
  const mobilityId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('process')
      .values({
        id: processId,
        slug: 'barometre-qualite-de-vie',
        title_fr: 'Baromètre de la qualité de vie',
        title_en: 'Quality of life barometer',
        summary_fr: 'Chaque année, les habitants disent comment ils vivent leur quartier\u202f: leurs réponses, anonymes, nourrissent le profil de la ville.',
        summary_en: 'Every year residents say how they feel about their neighbourhood: their anonymous answers feed the city’s profile.',
        body_fr: 'Transports, espaces verts, bruit, sécurité la nuit, logement, emploi, culture, administration, écoute\u202f: les thèmes de l’enquête européenne sur la qualité de vie dans les villes. Les réponses sont anonymes et les résultats publiés seulement à partir de cinq réponses.',
        body_en: 'Transport, green spaces, noise, safety at night, housing, jobs, culture, administration, listening: the themes of the European survey on quality of life in cities. Answers are anonymous and results published only from five answers.',
        scope: 'city',
        published: 1,
        hero_upload_id: null,
        hero_alt_fr: '',
        hero_alt_en: '',
        manual_phase_id: null,
        created_at,
        updated_at: created_at,
      })
      .execute();
    for (const [position, p] of phases.entries()) {
      await trx.insertInto('phase').values({ id: p.id, process_id: processId, position, name_fr: p.fr, name_en: p.en, description_fr: p.dfr, description_en: p.den, starts_on: p.from, ends_on: p.to }).execute();
    }
    const component = (id: string, position: number, name_fr: string, name_en: string, settings: object) => ({ id, process_id: processId, type: 'survey', name_fr, name_en, position, settings: JSON.stringify(settings), published: 1, created_at });
    await trx
      .insertInto('component')
      .values([
        component(qualityId, 0, `Qualité de vie dans mon quartier ${lastYear}`, `Quality of life in my neighbourhood ${lastYear}`, { global: { anonymous: true, indicatorPeriod: lastYear }, phases: { [phases[0].id]: { answersEnabled: true } } }),
        component(mobilityId, 1, 'Se déplacer à Bellerive', 'Getting around Bellerive', { global: { anonymous: true, pseudonymous: true, liveResults: true }, phases: { [phases[2].id]: { answersEnabled: true } } }),
      ])
      .execute();
    await trx.insertInto('survey').values({ component_id: mobilityId, intro_fr: 'Cinq minutes pour dire comment vous vous déplacez. Les questions suivantes dépendent de vos réponses.', intro_en: 'Five minutes to say how you get around. The next questions depend on your answers.', template: '', updated_at: created_at }).execute();
    await trx.insertInto('survey_question').values(mobilitySurveyQuestions(mobilityId)).execute();
  });
  await applyQualityOfLifeTemplate(db, qualityId, null);
  await fillQualitySurvey(db, qualityId, lastYear);
}

// Last year's answers go through the pool and the seal, like real ones, then feed the perceived indicators.
async function fillQualitySurvey(db: Kysely<Database>, componentId: string, year: string): Promise<void> {
  const questions = await listQuestions(db, componentId);
  const responses = demoResponses(questions, year);
  await db.transaction().execute(async (trx) => {
    for (const [n, response] of responses.entries()) {
      await trx.insertInto('survey_respondent').values({ component_id: componentId, respondent_key: demoRespondentKey(componentId, n), year }).execute();
      await dropIntoPool(trx, componentId, response);
    }
  });
  await sealResponses(db, componentId, questions);
  const publication = { componentId, differentialPrivacy: false, closed: true, respondents: responses.length, neighbourhoods: [...demoHoods], forFeed: true, tallyVersion: null };
  const outcome = await publishSurveyStatistics({ db, dialect: dialectOf(db) }, publication, questions);
  if (outcome?.ok) await feedPerceivedIndicators(db, year, feedSource('Baromètre de la qualité de vie', `Qualité de vie dans mon quartier ${year}`, componentId), outcome.statistic, questions, [...demoHoods]);
}
