import { Hono, type Context } from 'hono';
import { dimensions, type Dimension } from '../../engines/indicators/index.ts';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { Layout, pageContext } from '../../web/layout.tsx';
import { listAreas } from './areas.ts';
import { localizedPlain } from '../../web/localized-text.tsx';
import { valuesCsvStream } from './export.ts';
import { loadChangeProfile, loadPeriodProfile } from './profile-service.ts';
import { findIndicator, listIndicators, listPeriods, valuesOfIndicator } from './queries.ts';
import { summarizeProfile } from './summary.ts';
import { PERIOD_PATTERN } from './value-rules.ts';
import { AreaProfilePage } from './views/area-profile-page.tsx';
import { CataloguePage } from './views/catalogue-page.tsx';
import { ChangePage, PeriodFields } from './views/change-page.tsx';
import { CityProfilePage, NoValuesPage } from './views/city-profile-page.tsx';
import { ComparePage } from './views/compare-page.tsx';
import { IndicatorPage } from './views/indicator-page.tsx';
import { indicatorMap } from './indicator-map.ts';
import { loadCityMap } from '../geography/index.ts';

/** The public profile pages, under `/city-profile`. */
export const profileRoutes = new Hono<AppEnv>();

// The period asked for (404 when it has no values), or the latest; null when no value exists at all.
async function choosePeriod(c: Context<AppEnv>, name = 'period'): Promise<{ period: string | null; periods: string[] }> {
  const periods = await listPeriods(c.var.deps.db);
  const asked = c.req.query(name);
  if (asked === undefined || asked === '') return { period: periods[0] ?? null, periods };
  if (!periods.includes(asked)) throw notFound();
  return { period: asked, periods };
}

profileRoutes.get('/', async (c) => {
  const ctx = pageContext(c);
  const { period, periods } = await choosePeriod(c);
  if (!period) return c.html(<NoValuesPage ctx={ctx} />);
  const profile = await loadPeriodProfile(c.var.deps.db, period);
  const summary = summarizeProfile(ctx.t, ctx.locale, ctx.t('indicators.area.city'), profile.profiles.get('city')!, null);
  return c.html(<CityProfilePage ctx={ctx} profile={profile} periods={periods} summary={summary} />);
});

profileRoutes.get('/neighbourhoods/:slug', async (c) => {
  const ctx = pageContext(c);
  const areas = await listAreas(c.var.deps.db);
  const area = areas.find((a) => a.key === c.req.param('slug') && a.key !== 'city');
  if (!area) throw notFound();
  const { period, periods } = await choosePeriod(c);
  if (!period) return c.html(<NoValuesPage ctx={ctx} />);
  const profile = await loadPeriodProfile(c.var.deps.db, period);
  const summary = summarizeProfile(ctx.t, ctx.locale, localizedPlain(ctx, area.name_fr, area.name_en), profile.profiles.get(area.key)!, profile.profiles.get('city')!);
  return c.html(<AreaProfilePage ctx={ctx} profile={profile} area={area} periods={periods} summary={summary} />);
});

profileRoutes.get('/compare', async (c) => {
  const ctx = pageContext(c);
  const dimension = (c.req.query('dimension') ?? dimensions[0]) as Dimension;
  if (!dimensions.includes(dimension)) throw notFound();
  const { period, periods } = await choosePeriod(c);
  if (!period) return c.html(<NoValuesPage ctx={ctx} />);
  return c.html(<ComparePage ctx={ctx} profile={await loadPeriodProfile(c.var.deps.db, period)} dimension={dimension} periods={periods} />);
});

profileRoutes.get('/change', async (c) => {
  const ctx = pageContext(c);
  const { t } = ctx;
  const periods = await listPeriods(c.var.deps.db);
  const from = c.req.query('from') || periods[1];
  const to = c.req.query('to') || periods[0];
  if ((from && !periods.includes(from)) || (to && !periods.includes(to))) throw notFound();
  if (!from || !to || from === to) {
    return c.html(
      <Layout ctx={ctx} title={t('indicators.change.title')}>
        <h1>{t('indicators.change.title')}</h1>
        <p>{periods.length < 2 ? t('indicators.change.needTwo') : t('indicators.change.pickTwo')}</p>
        {periods.length >= 2 && (
          <form method="get" action="/city-profile/change" class="filters">
            <PeriodFields ctx={ctx} periods={periods} from={periods[1]} to={periods[0]} />
          </form>
        )}
      </Layout>,
    );
  }
  return c.html(<ChangePage ctx={ctx} change={await loadChangeProfile(c.var.deps.db, from, to)} periods={periods} />);
});

/** The catalogue, each indicator's page and the values download, under `/indicators`. */
export const indicatorRoutes = new Hono<AppEnv>();

indicatorRoutes.get('/', async (c) => {
  return c.html(<CataloguePage ctx={pageContext(c)} indicators={await listIndicators(c.var.deps.db)} />);
});

indicatorRoutes.get('/values.csv', async (c) => {
  const filter = { indicator: c.req.query('indicator') || undefined, area: c.req.query('area') || undefined, period: c.req.query('period') || undefined };
  if (filter.period && !PERIOD_PATTERN.test(filter.period)) throw notFound();
  const kinds = new Map((await listIndicators(c.var.deps.db)).map((i) => [i.code, i.kind]));
  return c.body(valuesCsvStream(c.var.deps.db, filter, kinds), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="indicator-values.csv"' });
});

indicatorRoutes.get('/:code', async (c) => {
  const { db } = c.var.deps;
  const code = c.req.param('code');
  const indicator = code.length <= 64 ? await findIndicator(db, code) : undefined;
  if (!indicator) throw notFound();
  const [values, areas, city] = await Promise.all([valuesOfIndicator(db, code), listAreas(db), loadCityMap(db, c.var.locale)]);
  const map = city ? indicatorMap(c.var.t, c.var.locale, city, indicator, values) : null;
  return c.html(<IndicatorPage ctx={pageContext(c)} indicator={indicator} values={values} areas={areas} map={map} />);
});
