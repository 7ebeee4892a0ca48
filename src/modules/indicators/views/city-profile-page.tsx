import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { AreaProfile } from '../../../engines/indicators/index.ts';
import type { PeriodProfile } from '../profile-service.ts';
import { AreasTable, DimensionTable } from './profile-tables.tsx';
import { PeriodPicker, ProfileNav } from './parts.tsx';
import { Radar, type RadarSeries } from './radar.tsx';

/** The objective and the perceived radar of an area, side by side, optionally against the city. */
export function RadarPair(props: { ctx: PageContext; name: string; profile: AreaProfile; reference?: { name: string; profile: AreaProfile } }) {
  const { ctx, name, profile, reference } = props;
  const { t } = ctx;
  const series = (kind: 'objective' | 'perceived'): RadarSeries[] => [
    { label: name, scores: profile.dimensions.map((d) => d[kind].score), style: 'main' },
    ...(reference ? [{ label: reference.name, scores: reference.profile.dimensions.map((d) => d[kind].score), style: 'reference' as const }] : []),
  ];
  return (
    <div class="radar-pair">
      {(['objective', 'perceived'] as const).map((kind) => (
        <figure>
          <Radar ctx={ctx} id={`radar-${kind}`} title={t(`indicators.radar.${kind}`, { area: name })} series={series(kind)} />
          <figcaption>
            {t(`indicators.radar.${kind}`, { area: name })}
            {reference && <> — {t('indicators.radar.legend', { area: name, reference: reference.name })}</>}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

/** `/city-profile`: the city's profile on the six dimensions, every neighbourhood beside it, the method in a few lines. */
export function CityProfilePage(props: { ctx: PageContext; profile: PeriodProfile; periods: string[]; summary: string[] }) {
  const { ctx, profile, periods } = props;
  const { t } = ctx;
  const city = profile.profiles.get('city')!;
  const cityName = t('indicators.area.city');
  return (
    <Layout ctx={ctx} title={t('indicators.city.title')}>
      <h1>{t('indicators.city.heading', { period: profile.period })}</h1>
      <p class="lead">{t('indicators.city.lead')}</p>
      <ProfileNav ctx={ctx} period={profile.period} />
      <PeriodPicker ctx={ctx} action="/city-profile" periods={periods} current={profile.period} />
      <RadarPair ctx={ctx} name={cityName} profile={city} />
      <h2>{t('indicators.summary.heading')}</h2>
      {props.summary.map((s) => (
        <p>{s}</p>
      ))}
      <DimensionTable ctx={ctx} caption={t('indicators.city.tableCaption', { period: profile.period })} profile={city} />
      <h2>{t('indicators.city.neighbourhoods')}</h2>
      <AreasTable ctx={ctx} caption={t('indicators.areas.objective', { period: profile.period })} kind="objective" areas={profile.areas} profiles={profile.profiles} period={profile.period} />
      <AreasTable ctx={ctx} caption={t('indicators.areas.perceived', { period: profile.period })} kind="perceived" areas={profile.areas} profiles={profile.profiles} period={profile.period} />
      <h2>{t('indicators.method.heading')}</h2>
      <p>{t('indicators.method.text')}</p>
      <p>
        <a href={`/indicators/values.csv?period=${encodeURIComponent(profile.period)}`}>{t('indicators.download.csv')}</a> ·{' '}
        <a href={`/api/v1/city-profile?period=${encodeURIComponent(profile.period)}`}>{t('indicators.download.api')}</a>
      </p>
    </Layout>
  );
}

/** The page shown while no indicator has any value yet. */
export function NoValuesPage(props: { ctx: PageContext }) {
  const { t } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={t('indicators.city.title')}>
      <h1>{t('indicators.city.title')}</h1>
      <p>{t('indicators.city.empty')}</p>
      <p><a href="/indicators">{t('indicators.nav.catalogue')}</a></p>
    </Layout>
  );
}
