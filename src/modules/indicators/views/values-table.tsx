import { dimensions } from '../../../engines/indicators/index.ts';
import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { IndicatorRow, IndicatorValueRow } from '../queries.ts';
import { valueText } from './parts.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized } from '../../../web/localized-text.tsx';

/** The raw values behind a profile: one row per indicator, one column per area shown. */
export function ValuesTable(props: { ctx: PageContext; caption: string; indicators: IndicatorRow[]; values: IndicatorValueRow[]; columns: { key: string; label: string }[] }) {
  const { ctx, indicators, columns } = props;
  const { t, locale } = ctx;
  const byKey = new Map(props.values.map((v) => [`${v.indicator_code}|${v.area}`, v]));
  return (
    <DataTable
      caption={props.caption}
      groups={dimensions.map((d) => ({ label: t(`indicators.dimension.${d}`), rows: indicators.filter((i) => i.dimension === d) }))}
      columns={[
        { header: t('indicators.indicator'), rowHeader: true, cell: (i) => <a href={`/indicators/${i.code}`}><Localized ctx={ctx} fr={i.name_fr} en={i.name_en} /></a> },
        { header: t('indicators.kind'), cell: (i) => t(`indicators.kind.${i.kind}`) },
        ...columns.map((c) => ({
          header: c.label,
          cell: (i: IndicatorRow) => {
            const v = byKey.get(`${i.code}|${c.key}`);
            return v ? valueText(ctx, Number(v.value), i.unit) : <span class="meta">{t('indicators.noValue')}</span>;
          },
        })),
      ]}
    />
  );
}
