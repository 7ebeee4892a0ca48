import type { IndicatorKind } from '../../../engines/indicators/index.ts';
import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Area } from '../areas.ts';
import { atPeriod, type ChangeProfile } from '../profile-service.ts';
import { areaDimensionColumns, ProfileNav, scoreText, valueText } from './parts.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';

function ScoreChangeTable(props: { ctx: PageContext; change: ChangeProfile; kind: IndicatorKind }) {
  const { ctx, change, kind } = props;
  const { t, locale } = ctx;
  const score = (area: string, period: string, d: string) => change.profiles.get(atPeriod(area, period))!.dimensions.find((x) => x.dimension === d)![kind].score;
  return (
    <DataTable
      caption={t(`indicators.change.${kind}Caption`, { from: change.from, to: change.to })}
      rows={change.areas}
      columns={areaDimensionColumns<Area>(ctx, (a) => localizedPlain(ctx, a.name_fr, a.name_en), (a, d) => t('indicators.change.fromTo', { from: scoreText(ctx, score(a.key, change.from, d)), to: scoreText(ctx, score(a.key, change.to, d)) }))}
    />
  );
}

/** `/city-profile/change?from=…&to=…`: how each area moved between two periods, on one common scale, and the city's values. */
export function ChangePage(props: { ctx: PageContext; change: ChangeProfile; periods: string[] }) {
  const { ctx, change, periods } = props;
  const { t, locale } = ctx;
  const cityValue = (code: string, period: string) => change.values.find((v) => v.indicator_code === code && v.area === 'city' && v.period === period);
  return (
    <Layout ctx={ctx} title={t('indicators.change.title')}>
      <h1>{t('indicators.change.heading', { from: change.from, to: change.to })}</h1>
      <ProfileNav ctx={ctx} period={change.to} />
      <form method="get" action="/city-profile/change" class="filters">
        <PeriodFields ctx={ctx} periods={periods} from={change.from} to={change.to} />
      </form>
      <p>{t('indicators.change.method')}</p>
      <ScoreChangeTable ctx={ctx} change={change} kind="objective" />
      <ScoreChangeTable ctx={ctx} change={change} kind="perceived" />
      <DataTable
        caption={t('indicators.change.valuesCaption', { from: change.from, to: change.to })}
        rows={change.indicators.map((i) => {
          const [a, b] = [cityValue(i.code, change.from), cityValue(i.code, change.to)];
          const delta = a && b ? Number(b.value) - Number(a.value) : null;
          return { i, a, b, delta, better: delta === null || delta === 0 ? null : (delta > 0) === (i.polarity === 'higher-better') };
        })}
        columns={[
          { header: t('indicators.indicator'), rowHeader: true, cell: ({ i }) => <a href={`/indicators/${i.code}`}><Localized ctx={ctx} fr={i.name_fr} en={i.name_en} /></a> },
          { header: change.from, cell: ({ i, a }) => (a ? valueText(ctx, Number(a.value), i.unit) : t('indicators.noValue')) },
          { header: change.to, cell: ({ i, b }) => (b ? valueText(ctx, Number(b.value), i.unit) : t('indicators.noValue')) },
          {
            header: t('indicators.change.difference'),
            cell: ({ delta, better }) => (
              <>
                {delta === null ? t('indicators.noValue') : formatNumber(locale, delta, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })}
                {better !== null && <> ({t(better ? 'indicators.change.better' : 'indicators.change.worse')})</>}
              </>
            ),
          },
        ]}
      />
    </Layout>
  );
}

/** The two period selects of the change page (also shown alone when fewer than two periods exist). */
export function PeriodFields(props: { ctx: PageContext; periods: string[]; from: string; to: string }) {
  const { ctx, periods } = props;
  const { t } = ctx;
  return (
    <>
      {(['from', 'to'] as const).map((name) => (
        <div class="field">
          <label for={`field-${name}`}>{t(`indicators.change.${name}`)}</label>
          <select id={`field-${name}`} name={name}>
            {periods.map((p) => (
              <option value={p} selected={p === props[name]}>{p}</option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit">{t('indicators.show')}</button>
    </>
  );
}
