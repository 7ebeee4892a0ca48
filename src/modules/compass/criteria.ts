/**
 * The assessment questionnaire and its mapping onto the triangle of the paper's three orientations
 * (docs/compass-method.md). Each criterion is answered on a 1–5 scale between two labelled poles; each
 * pole is a point of the triangle (barycentric weights: Digital Business, Eco City, Ethic & Human).
 */

/** Barycentric weights on the three orientations; they sum to 1. */
export interface Orientation {
  digitalBusiness: number;
  ecoCity: number;
  ethicHuman: number;
}

export const orientationKeys = ['digitalBusiness', 'ecoCity', 'ethicHuman'] as const;
export type OrientationKey = (typeof orientationKeys)[number];

const DB: Orientation = { digitalBusiness: 1, ecoCity: 0, ethicHuman: 0 };
const ECO: Orientation = { digitalBusiness: 0, ecoCity: 1, ethicHuman: 0 };
const EH: Orientation = { digitalBusiness: 0, ecoCity: 0, ethicHuman: 1 };
// High tech and tracking serve both the Digital Business City and the "Eco Techno" city of control.
const TECHNO: Orientation = { digitalBusiness: 1 / 2, ecoCity: 1 / 2, ethicHuman: 0 };

/** One question: answer 1 is the `low` pole, 5 the `high` pole; `weight` is its share in the point. */
export interface Criterion {
  key: string;
  weight: number;
  low: Orientation;
  high: Orientation;
}

/**
 * The eight criteria, in the order of the form. The environmental effect weighs 3 because it alone
 * separates the Eco City from the other two; the seven others set Digital Business against Ethic & Human.
 */
export const criteria: readonly Criterion[] = [
  { key: 'aim', weight: 1, low: DB, high: EH },
  { key: 'environment', weight: 3, low: DB, high: ECO },
  { key: 'beneficiaries', weight: 1, low: DB, high: EH },
  { key: 'decision', weight: 1, low: DB, high: EH },
  { key: 'technology', weight: 1, low: TECHNO, high: EH },
  { key: 'data', weight: 1, low: TECHNO, high: EH },
  { key: 'dayToDay', weight: 1, low: DB, high: EH },
  { key: 'socialTies', weight: 1, low: DB, high: EH },
];

export const criterionKeys = criteria.map((c) => c.key);
export const SCALE = [1, 2, 3, 4, 5] as const;

/** Answers of one assessment, criterion key → 1..5. */
export type Answers = Record<string, number>;

/** Where one answer of one criterion lies: the pole weights mixed linearly, 1 → low pole, 5 → high pole. */
export function answerWeights(criterion: Criterion, answer: number): Orientation {
  const towardHigh = (answer - 1) / 4;
  const mix = (k: OrientationKey) => (1 - towardHigh) * criterion.low[k] + towardHigh * criterion.high[k];
  return { digitalBusiness: mix('digitalBusiness'), ecoCity: mix('ecoCity'), ethicHuman: mix('ethicHuman') };
}

/** The point of one assessment: the weighted mean of its answers' points. Throws on a missing or out-of-range answer. */
export function assessmentPoint(answers: Answers): Orientation {
  const sum: Orientation = { digitalBusiness: 0, ecoCity: 0, ethicHuman: 0 };
  let total = 0;
  for (const criterion of criteria) {
    const answer = answers[criterion.key];
    if (!Number.isInteger(answer) || answer < 1 || answer > 5) throw new RangeError(`Criterion "${criterion.key}": answer ${answer} is not 1 to 5`);
    const w = answerWeights(criterion, answer);
    for (const k of orientationKeys) sum[k] += criterion.weight * w[k];
    total += criterion.weight;
  }
  return { digitalBusiness: sum.digitalBusiness / total, ecoCity: sum.ecoCity / total, ethicHuman: sum.ethicHuman / total };
}
