import { createHash } from 'node:crypto';
import { OTHER_AREA, type Question } from './questions.ts';
import type { BoxedResponse } from './response-box.ts';

/** Bellerive's five neighbourhoods, in the order of the tables below, and how many residents answered in each. */
export const demoHoods = ['vieux-port', 'les-tilleuls', 'la-gare', 'bord-de-riviere', 'les-hauts'] as const;
const respondentsPerHood = [94, 81, 66, 72, 58];
const respondentsElsewhere = 14;

/** Share of satisfied answers (4 or 5) per neighbourhood, by lived aspect: what the demo's generated answers follow. */
const satisfaction: Record<string, number[]> = {
  'public-transport': [77, 61, 73, 49, 34],
  'green-spaces': [38, 66, 31, 88, 73],
  air: [44, 63, 37, 80, 75],
  noise: [29, 68, 30, 83, 79],
  'safety-night': [55, 72, 41, 78, 71],
  housing: [22, 35, 34, 30, 38],
  jobs: [40, 43, 27, 46, 36],
  culture: [83, 55, 52, 46, 31],
  education: [63, 67, 50, 71, 58],
  administration: [55, 58, 42, 63, 47],
  listening: [34, 45, 26, 37, 29],
};

const comments: [fr: string, en: string][] = [
  ['Il manque des bancs à l’ombre près du marché.', 'There are not enough shaded benches near the market.'],
  ['Le bus du soir passe trop rarement après 21 h.', 'The evening bus runs too rarely after 9 pm.'],
  ['Les jardins partagés ont changé la vie du quartier.', 'The shared gardens changed life in the neighbourhood.'],
  ['Trop de voitures garées sur les trottoirs rue des Lilas.', 'Too many cars parked on the pavements on Rue des Lilas.'],
  ['La médiathèque devrait ouvrir le dimanche.', 'The library should open on Sundays.'],
  ['Les loyers augmentent plus vite que les salaires.', 'Rents are rising faster than wages.'],
  ['Merci pour l’éclairage du chemin de la gare.', 'Thank you for the lighting on the station path.'],
  ['Le bruit des terrasses l’été empêche de dormir.', 'Noise from café terraces in summer keeps people awake.'],
];

// A small deterministic generator (mulberry32), so the demo city is the same at every start.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A satisfied answer is a 4 or a 5; the others spread over 1 to 3, mostly 3.
function scaleAnswer(random: () => number, satisfiedShare: number): string {
  if (random() * 100 < satisfiedShare) return random() < 0.62 ? '4' : '5';
  const r = random();
  return r < 0.18 ? '1' : r < 0.5 ? '2' : '3';
}

/** A demo respondent's register key: a pseudonym, as for a person answering without an account. */
export const demoRespondentKey = (survey: string, n: number) => `pseudonym:${createHash('sha256').update(`bellerive-demo:${survey}:${n}`).digest('hex')}`;

/**
 * The demo survey's answers to the quality-of-life template: about four hundred residents, more
 * satisfied where the neighbourhood is (green riverside, central old harbour...), a few comments.
 */
export function demoResponses(questions: readonly Question[], year: string): BoxedResponse[] {
  const random = generator(2031);
  const hoodQuestion = questions.find((q) => q.kind === 'neighbourhood');
  const textQuestion = questions.find((q) => q.kind === 'long-text');
  const responses: BoxedResponse[] = [];
  const areas = [...demoHoods.flatMap((hood, i) => Array.from({ length: respondentsPerHood[i] }, () => ({ hood: hood as string, index: i }))), ...Array.from({ length: respondentsElsewhere }, () => ({ hood: OTHER_AREA, index: -1 }))];
  for (const { hood, index } of areas) {
    const answers: [string, string, string][] = [];
    if (hoodQuestion) answers.push([hoodQuestion.id, '', hood]);
    for (const q of questions) {
      const aspect = q.indicatorCode?.replace(/^perceived-/, '');
      const shares = aspect ? satisfaction[aspect] : undefined;
      if (q.kind !== 'scale' || !shares) continue;
      const share = index >= 0 ? shares[index] : shares.reduce((a, b) => a + b, 0) / shares.length;
      answers.push([q.id, '', scaleAnswer(random, share)]);
    }
    if (textQuestion && random() < 0.06) {
      const [fr, en] = comments[Math.floor(random() * comments.length)];
      answers.push([textQuestion.id, '', random() < 0.8 ? fr : en]);
    }
    responses.push({ respondentKey: null, neighbourhood: hood, year, answers });
  }
  return responses;
}
