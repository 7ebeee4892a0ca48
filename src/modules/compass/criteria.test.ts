import { describe, expect, it } from 'vitest';
import { answerWeights, assessmentPoint, criteria, criterionKeys, type Answers } from './criteria.ts';
import { distance, leaning, meanPoint, spread, toPlane } from './triangle.ts';

const all = (n: number): Answers => Object.fromEntries(criterionKeys.map((k) => [k, n]));
const expectPoint = (p: { digitalBusiness: number; ecoCity: number; ethicHuman: number }, db: number, eco: number, eh: number) => {
  expect(p.digitalBusiness).toBeCloseTo(db, 10);
  expect(p.ecoCity).toBeCloseTo(eco, 10);
  expect(p.ethicHuman).toBeCloseTo(eh, 10);
};

// The examples below are worked out by hand in docs/compass-method.md (weights: environment 3, the seven others 1; total 10).
describe('from answers to a point of the triangle', () => {
  it('has eight criteria whose weights total 10, each pole a point of the triangle', () => {
    expect(criteria).toHaveLength(8);
    expect(criteria.reduce((s, c) => s + c.weight, 0)).toBe(10);
    for (const c of criteria) for (const pole of [c.low, c.high]) expect(pole.digitalBusiness + pole.ecoCity + pole.ethicHuman).toBe(1);
  });

  it('mixes the two poles linearly: 2 is three quarters low pole, 3 the midpoint', () => {
    const technology = criteria.find((c) => c.key === 'technology')!;
    expectPoint(answerWeights(technology, 1), 0.5, 0.5, 0);
    expectPoint(answerWeights(technology, 2), 0.375, 0.375, 0.25);
    expectPoint(answerWeights(technology, 3), 0.25, 0.25, 0.5);
    expectPoint(answerWeights(technology, 5), 0, 0, 1);
  });

  it('puts "1 everywhere" at (0.9, 0.1, 0): 9 of 10 weight on Digital Business, the tech and data halves on Eco', () => {
    expectPoint(assessmentPoint(all(1)), 0.9, 0.1, 0);
  });

  it('puts "5 everywhere" at (0, 0.3, 0.7): the environment\'s 3 on Eco, the seven others on Ethic & Human', () => {
    expectPoint(assessmentPoint(all(5)), 0, 0.3, 0.7);
  });

  it('puts "3 everywhere" at (0.45, 0.2, 0.35)', () => {
    expectPoint(assessmentPoint(all(3)), 0.45, 0.2, 0.35);
  });

  it('places community gardens (5 but 4 for beneficiaries) at (0.025, 0.3, 0.675)', () => {
    expectPoint(assessmentPoint({ ...all(5), beneficiaries: 4 }), 0.025, 0.3, 0.675);
  });

  it('places a "smart" car park at (0.7375, 0.1625, 0.1)', () => {
    const answers = { aim: 1, environment: 2, beneficiaries: 2, decision: 1, technology: 1, data: 2, dayToDay: 1, socialTies: 3 };
    const p = assessmentPoint(answers);
    expectPoint(p, 0.7375, 0.1625, 0.1);
    expect(leaning(p)).toBe('digitalBusiness');
  });

  it('refuses a missing or out-of-range answer, naming the criterion', () => {
    expect(() => assessmentPoint({ ...all(3), data: 6 })).toThrow('Criterion "data"');
    const { aim: _, ...withoutAim } = all(3);
    expect(() => assessmentPoint(withoutAim)).toThrow('Criterion "aim"');
  });
});

describe('the triangle', () => {
  it('sets the corners one apart and the centre 1/√3 from each', () => {
    const db = { digitalBusiness: 1, ecoCity: 0, ethicHuman: 0 };
    const eh = { digitalBusiness: 0, ecoCity: 0, ethicHuman: 1 };
    const eco = { digitalBusiness: 0, ecoCity: 1, ethicHuman: 0 };
    const centre = { digitalBusiness: 1 / 3, ecoCity: 1 / 3, ethicHuman: 1 / 3 };
    expect(distance(db, eh)).toBeCloseTo(1, 10);
    expect(distance(db, eco)).toBeCloseTo(1, 10);
    expect(distance(centre, db)).toBeCloseTo(1 / Math.sqrt(3), 10);
    const plane = toPlane({ digitalBusiness: 0.45, ecoCity: 0.2, ethicHuman: 0.35 });
    expect(plane.x).toBeCloseTo(0.45, 10);
    expect(plane.y).toBeCloseTo(0.1 * Math.sqrt(3), 10);
  });

  it('weights means (a portfolio by budget) and measures the spread as root mean square distance', () => {
    const db = { digitalBusiness: 1, ecoCity: 0, ethicHuman: 0 };
    const eh = { digitalBusiness: 0, ecoCity: 0, ethicHuman: 1 };
    expectPoint(meanPoint([db, eh], [300, 100])!, 0.75, 0, 0.25);
    const middle = meanPoint([db, eh])!;
    expectPoint(middle, 0.5, 0, 0.5);
    expect(spread([db, eh], middle)).toBeCloseTo(0.5, 10);
    expect(meanPoint([])).toBeNull();
  });
});
