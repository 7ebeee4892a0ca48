import type { Translate } from '../../platform/i18n/index.ts';
import { drawPinMap, type CityMap, type DrawnPinMap } from '../geography/index.ts';
import type { BudgetContext } from './budget-context.ts';
import { projectTitle } from './views/format.ts';
import type { PageContext } from '../../web/layout.tsx';

/**
 * A budget's projects on the city's map; once results are published, funded projects are squares
 * (a shape, so it reads without colour). A crowded neighbourhood's disc leads to the table.
 */
export function budgetProjectMap(ctx: PageContext, city: CityMap, b: BudgetContext, funded: ReadonlySet<string> | null): DrawnPinMap {
  const t: Translate = ctx.t;
  const placed = b.projects.filter((p) => p.latitude !== null && p.longitude !== null);
  return drawPinMap(t, city, {
    id: 'budget-map',
    title: t('budgets.map.title', { count: placed.length }),
    pins: placed.map((p) => ({
      latitude: p.latitude!,
      longitude: p.longitude!,
      href: `/budgets/${b.budget.id}/projects/${p.id}`,
      label: projectTitle(ctx, p),
      neighbourhoodId: p.neighbourhood_id,
      mark: funded?.has(p.ref) ? 'highlight' : 'default',
    })),
    areaHref: () => '#budget-projects',
  });
}
