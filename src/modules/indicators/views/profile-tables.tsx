import type { AreaProfile, IndicatorKind } from '../../../engines/indicators/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { Area } from '../areas.ts';
import { Localized } from '../../../web/localized-text.tsx';
import { areaDimensionColumns, KindCell, percent, scoreText } from './parts.tsx';
import { DataTable } from '../../../web/data-table.tsx';

/** One area's six dimensions, objective and perceived side by side (never merged), with coverage. */
export function DimensionTable(props: { ctx: PageContext; caption: string; profile: AreaProfile; reference?: { name: string; profile: AreaProfile } }) {
  const { ctx, profile, reference } = props;
  const { t } = ctx;
  const refOf = (d: string) => reference?.profile.dimensions.find((x) => x.dimension === d);
  return (
    <DataTable
      caption={props.caption}
      rows={profile.dimensions}
      columns={[
        { header: t('indicators.dimension'), rowHeader: true, cell: (d) => <a href={`/city-profile/compare?dimension=${d.dimension}`}>{t(`indicators.dimension.${d.dimension}`)}</a> },
        { header: t('indicators.kind.objective'), cell: (d) => <KindCell ctx={ctx} kind={d.objective} /> },
        reference && { header: t('indicators.table.objectiveOf', { area: reference.name }), cell: (d) => scoreText(ctx, refOf(d.dimension)!.objective.score) },
        { header: t('indicators.kind.perceived'), cell: (d) => <KindCell ctx={ctx} kind={d.perceived} /> },
        reference && { header: t('indicators.table.perceivedOf', { area: reference.name }), cell: (d) => scoreText(ctx, refOf(d.dimension)!.perceived.score) },
        { header: t('indicators.coverage'), cell: (d) => percent(ctx, d.coverage) },
      ]}
    />
  );
}

/** Every area (rows) on the six dimensions (columns), for one kind of indicator. */
export function AreasTable(props: { ctx: PageContext; caption: string; kind: IndicatorKind; areas: Area[]; profiles: Map<string, AreaProfile>; period: string }) {
  const { ctx, areas, profiles, kind } = props;
  const { locale } = ctx;
  return (
    <DataTable
      caption={props.caption}
      rows={areas}
      columns={areaDimensionColumns<Area>(
        ctx,
        (a) => <a href={a.key === 'city' ? `/city-profile?period=${encodeURIComponent(props.period)}` : `/city-profile/neighbourhoods/${a.key}?period=${encodeURIComponent(props.period)}`}><Localized ctx={ctx} fr={a.name_fr} en={a.name_en} /></a>,
        (a, _d, index) => scoreText(ctx, profiles.get(a.key)!.dimensions[index][kind].score),
      )}
    />
  );
}
