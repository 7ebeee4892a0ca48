import type { Locale } from '../../config.ts';
import { formatNumber, type Translate } from '../../platform/i18n/index.ts';
import { drawChoropleth, type CityMap } from '../geography/index.ts';
import { numberOf, type ParticipationView } from './page-data.ts';
import { NO_NEIGHBOURHOOD } from './source.ts';

/**
 * The participation choropleth: people who took part per 1,000 inhabitants where the city entered
 * populations, otherwise their published number. The figures are those of the table (already through
 * the privacy rules: a withheld small count is a hatched "no figure", never a number).
 */
export function participationMap(t: Translate, locale: Locale, city: CityMap, view: ParticipationView): string | null {
  const hoods = view.rows.filter((r) => r.area !== 'city' && r.area !== NO_NEIGHBOURHOOD);
  if (hoods.length === 0) return null;
  const perThousand = hoods.some((r) => r.perThousand.participants !== null);
  const values = new Map(hoods.map((r) => [r.area, perThousand ? r.perThousand.participants : numberOf(r.figures.participants)]));
  return drawChoropleth(t, city, {
    id: 'participation-map',
    title: t(perThousand ? 'participation.map.titleRate' : 'participation.map.titleCount', { year: view.year }),
    legendTitle: t(perThousand ? 'participation.map.legendRate' : 'participation.map.legendCount'),
    values,
    format: (n) => formatNumber(locale, n, { maximumFractionDigits: 1 }),
  });
}
