import type { Locale } from '../../config.ts';
import { dimensions } from '../../engines/indicators/index.ts';
import { areaName } from './areas.ts';
import type { PeriodProfile } from './profile-service.ts';

/**
 * The city profile as the API publishes it (a stable contract): every area lists the six dimensions,
 * objective and perceived apart, null where the area has too few of the dimension's indicators.
 */
export function cityProfileJson(profile: PeriodProfile | null, areas: PeriodProfile['areas'], locale: Locale) {
  return {
    period: profile?.period ?? null,
    areas: areas.map((a) => {
      const p = profile?.profiles.get(a.key);
      return {
        area: a.key,
        name: areaName(locale, a),
        dimensions: p
          ? p.dimensions.map((d) => ({ dimension: d.dimension, objective: d.objective.score, perceived: d.perceived.score, coverage: d.coverage }))
          : dimensions.map((dimension) => ({ dimension, objective: null, perceived: null, coverage: 0 })),
      };
    }),
  };
}
