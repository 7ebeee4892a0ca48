import { dimensions, type Dimension } from '../../engines/indicators/index.ts';

/**
 * Giffinger's factors per dimension (Giffinger et al., Smart cities: Ranking of European medium-sized
 * cities, TU Wien 2007, table 1). An indicator belongs to exactly one factor of its dimension; their
 * names are the messages `indicators.factor.<code>`.
 */
export const factorsByDimension: Record<Dimension, readonly string[]> = {
  economy: ['innovative-spirit', 'entrepreneurship', 'economic-image', 'productivity', 'labour-market', 'international-embeddedness', 'ability-to-transform'],
  people: ['qualification', 'lifelong-learning', 'plurality', 'flexibility', 'creativity', 'open-mindedness', 'public-life'],
  governance: ['participation-in-decisions', 'public-services', 'transparent-governance', 'political-strategies'],
  mobility: ['local-accessibility', 'international-accessibility', 'ict-infrastructure', 'sustainable-transport'],
  environment: ['natural-conditions', 'pollution', 'environmental-protection', 'resource-management'],
  living: ['cultural-facilities', 'health', 'individual-safety', 'housing-quality', 'education-facilities', 'touristic-attractivity', 'social-cohesion'],
};

/** Whether a factor code is one of the dimension's. */
export function isFactorOf(dimension: Dimension, factor: string): boolean {
  return factorsByDimension[dimension].includes(factor);
}

/** Every (dimension, factor) pair in order, for the catalogue form's select. */
export const allFactors = dimensions.flatMap((dimension) => factorsByDimension[dimension].map((factor) => ({ dimension, factor })));
