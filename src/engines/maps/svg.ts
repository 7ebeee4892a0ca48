import type { PreparedMap } from './base-map.ts';
import type { Cluster, PlacedPin } from './clusters.ts';
import { escapeXml } from './escape-xml.ts';
import { pinShape, renderPinLinks } from './pin-links.ts';

export { escapeXml };

/** What one drawing of the city shows. Colours are presentation attributes (no `style`, so the page's CSP holds). */
export interface MapDrawing {
  /** Unique on the page: the title and description ids derive from it. */
  id: string;
  /** The map's accessible name (its `<title>`). */
  title: string;
  /** A sentence saying what it shows and where its text equivalent is. */
  description?: string;
  /** Fill and label colour per area key (a choropleth); other areas are plain. */
  fills?: ReadonlyMap<string, { fill: string; ink: string }>;
  /** Areas without a figure on a choropleth: hatched. */
  hatched?: ReadonlySet<string>;
  /** The area drawn darker (e.g. an entry's neighbourhood on its locator map). */
  highlight?: string | null;
  /** A second line under an area's name (a choropleth's value). */
  values?: ReadonlyMap<string, string>;
  /** Pins with an address become links in a layer over the picture; pins without one are part of the picture. */
  pins?: readonly PlacedPin[];
  clusters?: readonly Cluster[];
  /** The links layer's accessible name and each counted disc's (needed when pins have addresses). */
  links?: { label: string; clusterLabel: (cluster: Cluster) => string };
  legend?: { title: string; entries: { fill: string; label: string; hatched?: boolean }[] };
  /** Leave the names of the areas out (a small locator map). */
  hideLabels?: boolean;
  /** Width the page draws it at (the drawing scales; defaults to its own width). */
  displayWidth?: number;
  /** Extra attributes for scripts, e.g. a map that places a pin on click. */
  data?: Record<string, string>;
  /** Give each area's path its key (`data-area`), so a click can tell which neighbourhood it fell in. */
  areaKeys?: boolean;
}

const PLAIN = '#f4f2ea';
const HIGHLIGHT = '#cfe3d6';
const EDGE = '#5b6472';
const LEGEND_ROW = 20;

/**
 * Draws a prepared map as an inline `<svg role="img">` with a title (its accessible name) and a description.
 * When pins or discs link somewhere, the picture and a links layer of the same size come together in a
 * `<div class="map-stack">` (see pin-links.ts).
 */
export function renderMapSvg(map: PreparedMap, drawing: MapDrawing): string {
  const legendHeight = drawing.legend ? 28 + drawing.legend.entries.length * LEGEND_ROW : 0;
  const height = map.height + legendHeight;
  const titleId = `${drawing.id}-title`;
  const descId = `${drawing.id}-desc`;
  const data = Object.entries(drawing.data ?? {}).map(([k, v]) => ` data-${k}="${escapeXml(v)}"`).join('');
  const width = drawing.displayWidth ?? map.width;
  const displayHeight = Math.round((height * width) / map.width);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="city-map" id="${escapeXml(drawing.id)}" viewBox="0 0 ${map.width} ${height}" width="${width}" height="${displayHeight}" role="img" aria-labelledby="${titleId}${drawing.description ? ` ${descId}` : ''}"${data}>`,
    `<title id="${titleId}">${escapeXml(drawing.title)}</title>`,
  ];
  if (drawing.description) out.push(`<desc id="${descId}">${escapeXml(drawing.description)}</desc>`);
  out.push('<defs><pattern id="' + drawing.id + '-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8f98" stroke-width="2"/></pattern></defs>');
  out.push(`<rect width="${map.width}" height="${map.height}" fill="#ffffff"/>`);
  for (const area of map.areas) {
    const fill = drawing.hatched?.has(area.key)
      ? `url(#${drawing.id}-hatch)`
      : (drawing.fills?.get(area.key)?.fill ?? (area.key === drawing.highlight ? HIGHLIGHT : PLAIN));
    const key = drawing.areaKeys ? ` data-area="${escapeXml(area.key)}"` : '';
    out.push(`<path d="${area.d}"${key} fill="${fill}" stroke="${EDGE}" stroke-width="1" stroke-linejoin="round"/>`);
  }
  // Landmarks, the outline and the names let clicks through to the area beneath (the picker reads its key).
  out.push('<g pointer-events="none">');
  for (const layer of map.layers) {
    if (layer.kind === 'water' && layer.d) out.push(`<path d="${layer.d}" fill="none" stroke="#2f6fb0" stroke-width="5" stroke-linecap="round" stroke-linejoin="round" opacity="0.8"/>`);
    else if (layer.kind === 'street' && layer.d) out.push(`<path d="${layer.d}" fill="none" stroke="#9aa1ab" stroke-width="1.5"/>`);
    for (const [x, y] of layer.points) out.push(`<rect x="${x - 3}" y="${y - 3}" width="6" height="6" fill="#4a5361"/>`);
  }
  if (map.outline) out.push(`<path d="${map.outline}" fill="none" stroke="#1b1f24" stroke-width="2" stroke-linejoin="round"/>`);
  if (!drawing.hideLabels) for (const area of map.areas) out.push(areaLabel(area.label, area, drawing.values?.get(area.key), drawing.fills?.get(area.key)?.ink));
  out.push('</g>');
  const linked = (drawing.pins ?? []).filter((p) => p.href !== '');
  for (const pin of drawing.pins ?? []) if (pin.href === '') out.push(`<g><title>${escapeXml(pin.label)}</title>${pinShape(pin)}</g>`);
  if (drawing.legend) out.push(legend(drawing.id, drawing.legend, map.height));
  out.push('</svg>');
  const clusters = drawing.clusters ?? [];
  if (linked.length === 0 && clusters.length === 0) return out.join('');
  if (!drawing.links) throw new Error(`map ${drawing.id}: linked pins need a links layer label`);
  const links = renderPinLinks({ id: drawing.id, label: drawing.links.label, clusterLabel: drawing.links.clusterLabel, viewBox: `0 0 ${map.width} ${height}`, width, height: displayHeight, pins: linked, clusters });
  return `<div class="map-stack">${out.join('')}${links}</div>`;
}

const textAttributes = 'font-family="system-ui, sans-serif" text-anchor="middle" paint-order="stroke" stroke-linejoin="round"';

function areaLabel([x, y]: [number, number], area: { name: string; lang?: string }, value: string | undefined, ink = '#1b1f24'): string {
  const halo = ink === '#ffffff' ? '#1b1f24' : '#ffffff';
  const second = value === undefined ? '' : `<tspan x="${x}" dy="14">${escapeXml(value)}</tspan>`;
  // A name in the other language than the page's carries its own `lang` (the value under it stays in the page's).
  const name = area.lang ? `<tspan lang="${escapeXml(area.lang)}">${escapeXml(area.name)}</tspan>` : escapeXml(area.name);
  return `<text x="${x}" y="${value === undefined ? y + 4 : y - 3}" font-size="12" ${textAttributes} fill="${ink}" stroke="${halo}" stroke-width="3">${name}${second}</text>`;
}

function legend(id: string, l: NonNullable<MapDrawing['legend']>, top: number): string {
  const rows = l.entries.map((e, i) => {
    const y = top + 28 + i * LEGEND_ROW;
    const fill = e.hatched ? `url(#${id}-hatch)` : e.fill;
    return `<rect x="10" y="${y - 12}" width="24" height="14" fill="${fill}" stroke="${EDGE}"/><text x="42" y="${y}" font-size="12" font-family="system-ui, sans-serif" fill="#1b1f24">${escapeXml(e.label)}</text>`;
  });
  return `<text x="10" y="${top + 16}" font-size="12" font-weight="700" font-family="system-ui, sans-serif" fill="#1b1f24">${escapeXml(l.title)}</text>${rows.join('')}`;
}
