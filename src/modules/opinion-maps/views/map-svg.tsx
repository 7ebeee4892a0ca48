import type { Translate } from '../../../platform/i18n/index.ts';
import type { MapResults } from '../results.ts';
import { GroupShape, groupMark } from './group-marks.tsx';

const SIZE = 360;
const MARGIN = 24;

/**
 * The opinion map as server-drawn SVG: one dot per participant placed by the analysis, shaped and
 * coloured by group, a letter at each group's centre, and a text description for screen readers.
 */
export function MapSvg(props: { results: MapResults; t: Translate; you?: string | null }) {
  const { results, t } = props;
  const extent = Math.max(1e-9, ...results.points.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
  const scale = (v: number) => SIZE / 2 + (v / extent) * (SIZE / 2 - MARGIN);
  const centres = results.groups.map((g) => {
    const own = results.points.filter((p) => p.group === g.id);
    const n = Math.max(1, own.length);
    return { g: g.id, x: scale(own.reduce((a, p) => a + p.x, 0) / n), y: scale(own.reduce((a, p) => a + p.y, 0) / n) };
  });
  const me = props.you ? results.points.find((p) => p.participantId === props.you) : undefined;
  const description = t('opinion.map.description', {
    participants: results.points.length,
    groups: results.groups.length,
    sizes: results.groups.map((g) => t('opinion.map.groupSize', { letter: groupMark(g.id).letter, size: g.size })).join(', '),
  });
  return (
    <figure class="opinion-map">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-labelledby="opinion-map-title opinion-map-desc">
        <title id="opinion-map-title">{t('opinion.map.title')}</title>
        <desc id="opinion-map-desc">{description}</desc>
        <rect x="0.5" y="0.5" width={SIZE - 1} height={SIZE - 1} fill="#ffffff" stroke="#767676" />
        <line x1={SIZE / 2} y1={MARGIN / 2} x2={SIZE / 2} y2={SIZE - MARGIN / 2} stroke="#d0d0d0" />
        <line x1={MARGIN / 2} y1={SIZE / 2} x2={SIZE - MARGIN / 2} y2={SIZE / 2} stroke="#d0d0d0" />
        {results.points.map((p) => <GroupShape g={p.group} x={scale(p.x)} y={scale(p.y)} />)}
        {centres.map((c) => (
          <text x={c.x} y={c.y - 12} text-anchor="middle" font-size="18" font-weight="700" fill={groupMark(c.g).colour} stroke="#ffffff" stroke-width="4" paint-order="stroke">
            {groupMark(c.g).letter}
          </text>
        ))}
        {me && <circle cx={scale(me.x)} cy={scale(me.y)} r="11" fill="none" stroke="#000000" stroke-width="2.5" />}
      </svg>
      <figcaption>
        <p>{description}</p>
        <ul class="opinion-legend">
          {results.groups.map((g) => (
            <li>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><GroupShape g={g.id} x={10} y={10} r={6} /></svg>
              {` ${t('opinion.group.name', { letter: groupMark(g.id).letter })} — ${t('opinion.group.size', { size: g.size })}`}
            </li>
          ))}
          {me && <li>{t('opinion.map.youLegend')}</li>}
        </ul>
      </figcaption>
    </figure>
  );
}
