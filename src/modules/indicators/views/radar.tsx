import { dimensions } from '../../../engines/indicators/index.ts';
import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';

/** One polygon of a radar: a name and one score per dimension (null where the dimension is not shown). */
export interface RadarSeries {
  label: string;
  scores: (number | null)[];
  /** The area the page is about (solid, filled) or the city it is compared with (dashed). */
  style: 'main' | 'reference';
}

const SIZE = { width: 460, height: 400, cx: 230, cy: 200, radius: 130 };
// Scores are z-scores: ±2 covers nearly every area; anything beyond is drawn on the edge.
const LIMIT = 2;
const rings = [-1, 0, 1, 2];

const angle = (i: number) => ((-90 + i * 60) * Math.PI) / 180;
const radiusOf = (score: number) => (SIZE.radius * (Math.max(-LIMIT, Math.min(LIMIT, score)) + LIMIT)) / (2 * LIMIT);
const point = (i: number, r: number) => [SIZE.cx + r * Math.cos(angle(i)), SIZE.cy + r * Math.sin(angle(i))] as const;
const round = (n: number) => Math.round(n * 10) / 10;

function anchorOf(i: number): 'start' | 'middle' | 'end' {
  const x = Math.cos(angle(i));
  return Math.abs(x) < 0.1 ? 'middle' : x > 0 ? 'start' : 'end';
}

/**
 * A six-axis radar of Giffinger scores, drawn on the server as SVG (no script). The same numbers are
 * in the table beside it; the SVG's own title and description say what it shows for screen readers.
 */
export function Radar(props: { ctx: PageContext; id: string; title: string; series: RadarSeries[] }) {
  const { ctx, id, series } = props;
  const { t, locale } = ctx;
  const names = dimensions.map((d) => t(`indicators.dimension.${d}`));
  const describe = (s: RadarSeries) => t('common.labelled', { label: s.label, value: s.scores.map((v, i) => `${names[i]} ${v === null ? t('indicators.notShown') : formatNumber(locale, v, { maximumFractionDigits: 2 })}`).join(', ') });
  return (
    <svg class="radar" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width={SIZE.width} height={SIZE.height}>
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{series.map(describe).join('. ')}</desc>
      {rings.map((z) => (
        <polygon points={dimensions.map((_, i) => point(i, radiusOf(z)).map(round).join(',')).join(' ')} fill="none" stroke={z === 0 ? '#4b5563' : '#d1d5db'} stroke-width={z === 0 ? 1.5 : 1} />
      ))}
      {dimensions.map((_, i) => {
        const [x, y] = point(i, SIZE.radius);
        const [lx, ly] = point(i, SIZE.radius + 14);
        return (
          <g>
            <line x1={SIZE.cx} y1={SIZE.cy} x2={round(x)} y2={round(y)} stroke="#d1d5db" />
            <text x={round(lx)} y={round(ly + 5)} text-anchor={anchorOf(i)} font-size="14" fill="#111827">{names[i]}</text>
          </g>
        );
      })}
      <text x={SIZE.cx + 4} y={round(SIZE.cy - radiusOf(0) - 3)} font-size="11" fill="#374151">{t('indicators.radar.mean')}</text>
      {series.map((s) => {
        const points = s.scores.flatMap((v, i) => (v === null ? [] : [point(i, radiusOf(v))]));
        const main = s.style === 'main';
        const stroke = main ? '#1d4ed8' : '#374151';
        return (
          <g>
            {points.length >= 2 && <polygon points={points.map((p) => p.map(round).join(',')).join(' ')} fill={main ? '#1d4ed8' : 'none'} fill-opacity={main ? 0.15 : undefined} stroke={stroke} stroke-width="2" stroke-dasharray={main ? undefined : '6 4'} />}
            {points.map(([x, y]) => (
              <circle cx={round(x)} cy={round(y)} r={main ? 4 : 3} fill={stroke} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
