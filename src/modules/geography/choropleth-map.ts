import { CHOROPLETH_FILLS, choroplethInk, choroplethSteps, renderMapSvg } from '../../engines/maps/index.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import type { CityMap } from './city-map.ts';

/** What a choropleth shows: a figure per neighbourhood slug (null = no figure, e.g. a count too small to publish). */
export interface ChoroplethInput {
  id: string;
  title: string;
  legendTitle: string;
  values: ReadonlyMap<string, number | null>;
  format: (value: number) => string;
}

/**
 * Shades each neighbourhood by its figure, lighter to darker in one hue (so it reads in greyscale), writes
 * the figure under its name, hatches the areas without one, and draws a legend of ranges with numbers.
 * The page puts the same figures in a table beside it.
 */
export function drawChoropleth(t: Translate, city: CityMap, input: ChoroplethInput): string {
  const byArea = new Map<string, number | null>();
  for (const [id, area] of city.areas) byArea.set(id, input.values.get(area.slug) ?? null);
  const { stepOf, legend } = choroplethSteps(byArea);
  const fills = new Map<string, { fill: string; ink: string }>();
  const hatched = new Set<string>();
  const labels = new Map<string, string>();
  for (const [id, value] of byArea) {
    const step = stepOf.get(id);
    if (value === null || step === undefined) {
      hatched.add(id);
      labels.set(id, t('geography.map.noFigure'));
      continue;
    }
    const fill = legend[step].fill;
    fills.set(id, { fill, ink: choroplethInk(CHOROPLETH_FILLS.indexOf(fill as (typeof CHOROPLETH_FILLS)[number])) });
    labels.set(id, input.format(value));
  }
  const entries: { fill: string; label: string; hatched?: boolean }[] = legend.map((s) => ({ fill: s.fill, label: s.from === s.to ? input.format(s.from) : t('geography.choropleth.range', { from: input.format(s.from), to: input.format(s.to) }) }));
  if (hatched.size > 0) entries.push({ fill: '', label: t('geography.map.noFigure'), hatched: true });
  return renderMapSvg(city.map, {
    id: input.id,
    title: input.title,
    description: t('geography.choropleth.note'),
    fills,
    hatched,
    values: labels,
    legend: { title: input.legendTitle, entries },
  });
}
