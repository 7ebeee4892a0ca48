import type { Locale } from '../../config.ts';
import { formatNumber, localized, type Translate } from '../../platform/i18n/index.ts';
import { drawChoropleth, type CityMap } from '../geography/index.ts';
import { CITY } from './areas.ts';
import type { IndicatorRow, IndicatorValueRow } from './queries.ts';

/**
 * An indicator per neighbourhood for its latest period, as a choropleth (lightness steps, the value on each
 * area, hatching where the period has none); null when that period has no neighbourhood value. The values
 * are the table's, as the city published them.
 */
export function indicatorMap(t: Translate, locale: Locale, city: CityMap, indicator: IndicatorRow, values: readonly IndicatorValueRow[]): string | null {
  const hoodValues = values.filter((v) => v.area !== CITY);
  if (hoodValues.length === 0) return null;
  const period = hoodValues.map((v) => v.period).sort().at(-1)!;
  const latest = new Map(hoodValues.filter((v) => v.period === period).map((v) => [v.area, Number(v.value)]));
  const name = localized(locale, indicator.name_fr, indicator.name_en);
  return drawChoropleth(t, city, {
    id: 'indicator-map',
    title: t('indicators.map.title', { name, period }),
    legendTitle: indicator.unit ? `${name} (${indicator.unit})` : name,
    values: latest,
    format: (n) => formatNumber(locale, n, { maximumFractionDigits: 2 }),
  });
}
