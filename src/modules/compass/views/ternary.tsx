import type { Child } from 'hono/jsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { Orientation } from '../criteria.ts';
import type { StakeholderGroup } from '../groups.ts';
import { toPlane } from '../triangle.ts';

/** A mark on the triangle: a group's view of an initiative, or of the portfolio. */
export interface TernaryMark {
  group: StakeholderGroup | 'all';
  point: Orientation;
  /** Radius of the halo showing how far the group's answers spread (same unit as the side, 1). */
  spread?: number | null;
  /** Shown on hover and read by screen readers. */
  label: string;
  /** Marks with the same key are joined by a thin line (one initiative's groups). */
  joinKey?: string;
  emphasis?: boolean;
}

const SIDE = 400;
const LEFT = 60;
const BASE = 440;
const round = (n: number) => Math.round(n * 10) / 10;
const xy = (p: Orientation) => {
  const { x, y } = toPlane(p);
  return [round(LEFT + x * SIDE), round(BASE - y * SIDE)] as const;
};

// Colours live in compass.css (.mark-city, .halo-city…): one class per mark instead of four colour attributes
// keeps a chart of a few hundred marks a third smaller.

/** Each group has its own shape as well as its own colour, so the chart reads without colour. */
function Shape(props: { group: StakeholderGroup | 'all'; x: number; y: number; size: number; children?: Child }) {
  const { x, y, size } = props;
  const mark = `mark-${props.group}`;
  switch (props.group) {
    case 'city':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} class={mark}>{props.children}</rect>;
    case 'businesses':
      return <polygon points={`${x},${y - size * 1.3} ${x + size * 1.3},${y} ${x},${y + size * 1.3} ${x - size * 1.3},${y}`} class={mark}>{props.children}</polygon>;
    case 'residents':
      return <polygon points={`${x},${y - size * 1.3} ${x + size * 1.2},${y + size} ${x - size * 1.2},${y + size}`} class={mark}>{props.children}</polygon>;
    case 'other-organisations':
      return <polygon points={`${x - size},${y - size} ${x + size},${y + size} ${x},${y} ${x + size},${y - size} ${x - size},${y + size} ${x},${y}`} class={mark}>{props.children}</polygon>;
    case 'all':
      return <polygon points={starPoints(x, y, size * 1.6)} class={mark}>{props.children}</polygon>;
    default:
      return <circle cx={x} cy={y} r={size} class={mark}>{props.children}</circle>;
  }
}

function starPoints(x: number, y: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r / 2.2;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${round(x + radius * Math.cos(angle))},${round(y + radius * Math.sin(angle))}`;
  }).join(' ');
}

/**
 * The compass: the triangle of the three orientations drawn on the server as SVG (no script), with
 * grid lines every 20 %, each mark's halo for the spread of its group's answers, and thin lines
 * joining the groups' views of one initiative. The page shows the same figures in a table.
 */
export function Ternary(props: { ctx: PageContext; id: string; title: string; description: string; marks: TernaryMark[] }) {
  const { t } = props.ctx;
  const corners = { db: xy({ digitalBusiness: 1, ecoCity: 0, ethicHuman: 0 }), eco: xy({ digitalBusiness: 0, ecoCity: 1, ethicHuman: 0 }), eh: xy({ digitalBusiness: 0, ecoCity: 0, ethicHuman: 1 }) };
  const grid = [0.2, 0.4, 0.6, 0.8];
  const joins = new Map<string, TernaryMark[]>();
  for (const m of props.marks) if (m.joinKey) joins.set(m.joinKey, [...(joins.get(m.joinKey) ?? []), m]);
  return (
    <svg class="compass-chart" viewBox="0 0 520 490" width="520" height="490" role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`}>
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      <polygon points={[corners.db, corners.eco, corners.eh].map((c) => c.join(',')).join(' ')} fill="#f9fafb" stroke="#4b5563" stroke-width="1.5" />
      {grid.map((g) => (
        <g stroke="#e5e7eb" stroke-width="1">
          <line x1={xy({ digitalBusiness: g, ecoCity: 1 - g, ethicHuman: 0 })[0]} y1={xy({ digitalBusiness: g, ecoCity: 1 - g, ethicHuman: 0 })[1]} x2={xy({ digitalBusiness: g, ecoCity: 0, ethicHuman: 1 - g })[0]} y2={xy({ digitalBusiness: g, ecoCity: 0, ethicHuman: 1 - g })[1]} />
          <line x1={xy({ digitalBusiness: 1 - g, ecoCity: g, ethicHuman: 0 })[0]} y1={xy({ digitalBusiness: 1 - g, ecoCity: g, ethicHuman: 0 })[1]} x2={xy({ digitalBusiness: 0, ecoCity: g, ethicHuman: 1 - g })[0]} y2={xy({ digitalBusiness: 0, ecoCity: g, ethicHuman: 1 - g })[1]} />
          <line x1={xy({ digitalBusiness: 1 - g, ecoCity: 0, ethicHuman: g })[0]} y1={xy({ digitalBusiness: 1 - g, ecoCity: 0, ethicHuman: g })[1]} x2={xy({ digitalBusiness: 0, ecoCity: 1 - g, ethicHuman: g })[0]} y2={xy({ digitalBusiness: 0, ecoCity: 1 - g, ethicHuman: g })[1]} />
        </g>
      ))}
      <text x={corners.db[0] - 4} y={corners.db[1] + 24} text-anchor="start" font-size="14" fill="#111827">{t('compass.orientation.digitalBusiness')}</text>
      <text x={corners.eh[0] + 4} y={corners.eh[1] + 24} text-anchor="end" font-size="14" fill="#111827">{t('compass.orientation.ethicHuman')}</text>
      <text x={corners.eco[0]} y={corners.eco[1] - 12} text-anchor="middle" font-size="14" fill="#111827">{t('compass.orientation.ecoCity')}</text>
      {[...joins.values()].filter((list) => list.length > 1).map((list) => (
        <polyline points={list.map((m) => xy(m.point).join(',')).join(' ')} class="join" />
      ))}
      {props.marks.filter((m) => m.spread).map((m) => (
        <circle cx={xy(m.point)[0]} cy={xy(m.point)[1]} r={round(Math.max(2, m.spread! * SIDE))} class={`halo-${m.group}`} />
      ))}
      {props.marks.map((m) => {
        const [x, y] = xy(m.point);
        return (
          <Shape group={m.group} x={x} y={y} size={m.emphasis ? 7 : 4.5}>
            <title>{m.label}</title>
          </Shape>
        );
      })}
    </svg>
  );
}

/** The key to the chart's shapes and colours. */
export function TernaryLegend(props: { ctx: PageContext; groups: (StakeholderGroup | 'all')[] }) {
  return (
    <ul class="compass-legend">
      {props.groups.map((g) => (
        <li>
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <Shape group={g} x={10} y={10} size={g === 'all' ? 5 : 6} />
          </svg>{' '}
          {props.ctx.t(`compass.group.${g}`)}
        </li>
      ))}
    </ul>
  );
}
