import { dimensions, type AreaProfile, type Dimension } from '../../../engines/indicators/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { PeriodProfile } from '../profile-service.ts';
import { KindCell, ProfileNav, scoreText } from './parts.tsx';
import { ValuesTable } from './values-table.tsx';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';
import { DataTable } from '../../../web/data-table.tsx';

/** `/city-profile/compare?dimension=…`: every neighbourhood (and the city) on one dimension, factor by factor. */
export function ComparePage(props: { ctx: PageContext; profile: PeriodProfile; dimension: Dimension; periods: string[] }) {
  const { ctx, profile, dimension, periods } = props;
  const { t, locale } = ctx;
  const dimensionName = t(`indicators.dimension.${dimension}`);
  const indicators = profile.indicators.filter((i) => i.dimension === dimension);
  const factors = [...new Set(indicators.filter((i) => i.kind === 'objective').map((i) => i.factor))];
  return (
    <Layout ctx={ctx} title={t('indicators.compare.title', { dimension: dimensionName })}>
      <h1>{t('indicators.compare.heading', { dimension: dimensionName, period: profile.period })}</h1>
      <ProfileNav ctx={ctx} period={profile.period} />
      <form method="get" action="/city-profile/compare" class="filters">
        <div class="field">
          <label for="field-dimension">{t('indicators.dimension')}</label>
          <select id="field-dimension" name="dimension">
            {dimensions.map((d) => (
              <option value={d} selected={d === dimension}>{t(`indicators.dimension.${d}`)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="field-period">{t('indicators.period')}</label>
          <select id="field-period" name="period">
            {periods.map((p) => (
              <option value={p} selected={p === profile.period}>{p}</option>
            ))}
          </select>
        </div>
        <button type="submit">{t('indicators.show')}</button>
      </form>
      <DataTable
        caption={t('indicators.compare.caption', { dimension: dimensionName, period: profile.period })}
        rows={profile.areas.map((a) => {
          const p = profile.profiles.get(a.key)!;
          return { a, p, d: p.dimensions.find((x) => x.dimension === dimension)! };
        })}
        columns={[
          { header: t('indicators.area'), rowHeader: true, cell: ({ a }) => <Localized ctx={ctx} fr={a.name_fr} en={a.name_en} /> },
          { header: t('indicators.kind.objective'), cell: ({ d }) => <KindCell ctx={ctx} kind={d.objective} /> },
          { header: t('indicators.kind.perceived'), cell: ({ d }) => <KindCell ctx={ctx} kind={d.perceived} /> },
          ...factors.map((f) => ({
            header: t(`indicators.factor.${f}`),
            cell: ({ p }: { p: AreaProfile }) => {
              const score = p.factors.find((x) => x.factor === f && x.kind === 'objective' && x.dimension === dimension)?.score;
              return score === undefined ? t('indicators.noValue') : scoreText(ctx, score);
            },
          })),
        ]}
      />
      <p class="hint">{t('indicators.compare.factorHint')}</p>
      <ValuesTable ctx={ctx} caption={t('indicators.compare.valuesCaption', { dimension: dimensionName, period: profile.period })} indicators={indicators} values={profile.values} columns={profile.areas.map((a) => ({ key: a.key, label: localizedPlain(ctx, a.name_fr, a.name_en) }))} />
    </Layout>
  );
}
