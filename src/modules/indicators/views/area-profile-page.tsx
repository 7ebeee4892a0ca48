import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Area } from '../areas.ts';
import { localizedPlain } from '../../../web/localized-text.tsx';
import type { PeriodProfile } from '../profile-service.ts';
import { RadarPair } from './city-profile-page.tsx';
import { PeriodPicker, ProfileNav } from './parts.tsx';
import { DimensionTable } from './profile-tables.tsx';
import { ValuesTable } from './values-table.tsx';

/** `/city-profile/neighbourhoods/:slug`: one neighbourhood's profile against the whole city, and the values behind it. */
export function AreaProfilePage(props: { ctx: PageContext; profile: PeriodProfile; area: Area; periods: string[]; summary: string[] }) {
  const { ctx, profile, area, periods } = props;
  const { t, locale } = ctx;
  // A neighbourhood named in French only reads "(in French)" on the English page (headings, captions, chart labels).
  const name = localizedPlain(ctx, area.name_fr, area.name_en);
  const cityName = t('indicators.area.city');
  const reference = { name: cityName, profile: profile.profiles.get('city')! };
  const own = profile.profiles.get(area.key)!;
  const values = profile.values.filter((v) => v.area === area.key || v.area === 'city');
  return (
    <Layout ctx={ctx} title={t('indicators.area.title', { area: name })}>
      <h1>{t('indicators.area.heading', { area: name, period: profile.period })}</h1>
      <ProfileNav ctx={ctx} period={profile.period} />
      <PeriodPicker ctx={ctx} action={`/city-profile/neighbourhoods/${area.key}`} periods={periods} current={profile.period} />
      <RadarPair ctx={ctx} name={name} profile={own} reference={reference} />
      <h2>{t('indicators.summary.heading')}</h2>
      {props.summary.map((s) => (
        <p>{s}</p>
      ))}
      <DimensionTable ctx={ctx} caption={t('indicators.area.tableCaption', { area: name, period: profile.period })} profile={own} reference={reference} />
      <ValuesTable ctx={ctx} caption={t('indicators.area.valuesCaption', { area: name, period: profile.period })} indicators={profile.indicators} values={values} columns={[{ key: area.key, label: name }, { key: 'city', label: cityName }]} />
    </Layout>
  );
}
