import { dimensions } from '../../../engines/indicators/index.ts';
import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { IndicatorRow, IndicatorValueRow } from '../queries.ts';
import { valueText } from './parts.tsx';

/** The raw values behind a profile: one row per indicator, one column per area shown. */
export function ValuesTable(props: { ctx: PageContext; caption: string; indicators: IndicatorRow[]; values: IndicatorValueRow[]; columns: { key: string; label: string }[] }) {
  const { ctx, indicators, columns } = props;
  const { t, locale } = ctx;
  const byKey = new Map(props.values.map((v) => [`${v.indicator_code}|${v.area}`, v]));
  return (
    <table tabindex={0}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.indicator')}</th>
          <th scope="col">{t('indicators.kind')}</th>
          {columns.map((c) => (
            <th scope="col">{c.label}</th>
          ))}
        </tr>
      </thead>
      {dimensions.map((d) => {
        const own = indicators.filter((i) => i.dimension === d);
        if (own.length === 0) return null;
        return (
          <tbody>
            <tr>
              <th scope="rowgroup" colspan={columns.length + 2}>{t(`indicators.dimension.${d}`)}</th>
            </tr>
            {own.map((i) => (
              <tr>
                <th scope="row"><a href={`/indicators/${i.code}`}>{localized(locale, i.name_fr, i.name_en)}</a></th>
                <td>{t(`indicators.kind.${i.kind}`)}</td>
                {columns.map((c) => {
                  const v = byKey.get(`${i.code}|${c.key}`);
                  return <td>{v ? valueText(ctx, Number(v.value), i.unit) : <span class="meta">{t('indicators.noValue')}</span>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
