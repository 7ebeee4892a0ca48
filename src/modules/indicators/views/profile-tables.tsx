import type { AreaProfile, IndicatorKind } from '../../../engines/indicators/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { areaName, type Area } from '../areas.ts';
import { AreaDimensionsHead, KindCell, percent, scoreText } from './parts.tsx';

/** One area's six dimensions, objective and perceived side by side (never merged), with coverage. */
export function DimensionTable(props: { ctx: PageContext; caption: string; profile: AreaProfile; reference?: { name: string; profile: AreaProfile } }) {
  const { ctx, profile, reference } = props;
  const { t } = ctx;
  const refOf = (d: string) => reference?.profile.dimensions.find((x) => x.dimension === d);
  return (
    <table tabindex={0}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.dimension')}</th>
          <th scope="col">{t('indicators.kind.objective')}</th>
          {reference && <th scope="col">{t('indicators.table.objectiveOf', { area: reference.name })}</th>}
          <th scope="col">{t('indicators.kind.perceived')}</th>
          {reference && <th scope="col">{t('indicators.table.perceivedOf', { area: reference.name })}</th>}
          <th scope="col">{t('indicators.coverage')}</th>
        </tr>
      </thead>
      <tbody>
        {profile.dimensions.map((d) => (
          <tr>
            <th scope="row"><a href={`/city-profile/compare?dimension=${d.dimension}`}>{t(`indicators.dimension.${d.dimension}`)}</a></th>
            <td><KindCell ctx={ctx} kind={d.objective} /></td>
            {reference && <td>{scoreText(ctx, refOf(d.dimension)!.objective.score)}</td>}
            <td><KindCell ctx={ctx} kind={d.perceived} /></td>
            {reference && <td>{scoreText(ctx, refOf(d.dimension)!.perceived.score)}</td>}
            <td>{percent(ctx, d.coverage)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every area (rows) on the six dimensions (columns), for one kind of indicator. */
export function AreasTable(props: { ctx: PageContext; caption: string; kind: IndicatorKind; areas: Area[]; profiles: Map<string, AreaProfile>; period: string }) {
  const { ctx, areas, profiles, kind } = props;
  const { t, locale } = ctx;
  return (
    <table tabindex={0}>
      <caption>{props.caption}</caption>
      <AreaDimensionsHead ctx={ctx} />
      <tbody>
        {areas.map((a) => (
          <tr>
            <th scope="row">
              <a href={a.key === 'city' ? `/city-profile?period=${encodeURIComponent(props.period)}` : `/city-profile/neighbourhoods/${a.key}?period=${encodeURIComponent(props.period)}`}>{areaName(locale, a)}</a>
            </th>
            {profiles.get(a.key)!.dimensions.map((d) => (
              <td>{scoreText(ctx, d[kind].score)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
