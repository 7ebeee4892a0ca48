import type { PreparedMap } from './base-map.ts';
import type { Cluster, PlacedPin } from './clusters.ts';

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
  pins?: readonly PlacedPin[];
  clusters?: readonly Cluster[];
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
const PIN = '#b42318';
const LEGEND_ROW = 20;

/** Escapes text and attribute values for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Draws a prepared map as an inline `<svg role="img">` with a title (its accessible name) and a description. */
export function renderMapSvg(map: PreparedMap, drawing: MapDrawing): string {
  const legendHeight = drawing.legend ? 28 + drawing.legend.entries.length * LEGEND_ROW : 0;
  const height = map.height + legendHeight;
  const titleId = `${drawing.id}-title`;
  const descId = `${drawing.id}-desc`;
  const data = Object.entries(drawing.data ?? {}).map(([k, v]) => ` data-${k}="${escapeXml(v)}"`).join('');
  const width = drawing.displayWidth ?? map.width;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="city-map" id="${escapeXml(drawing.id)}" viewBox="0 0 ${map.width} ${height}" width="${width}" height="${Math.round((height * width) / map.width)}" role="img" aria-labelledby="${titleId}${drawing.description ? ` ${descId}` : ''}"${data}>`,
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
  for (const layer of map.layers) {
    if (layer.kind === 'water' && layer.d) out.push(`<path d="${layer.d}" fill="none" stroke="#2f6fb0" stroke-width="5" stroke-linecap="round" stroke-linejoin="round" opacity="0.8"/>`);
    else if (layer.kind === 'street' && layer.d) out.push(`<path d="${layer.d}" fill="none" stroke="#9aa1ab" stroke-width="1.5"/>`);
    for (const [x, y] of layer.points) out.push(`<rect x="${x - 3}" y="${y - 3}" width="6" height="6" fill="#4a5361"/>`);
  }
  if (map.outline) out.push(`<path d="${map.outline}" fill="none" stroke="#1b1f24" stroke-width="2" stroke-linejoin="round"/>`);
  if (!drawing.hideLabels) for (const area of map.areas) out.push(areaLabel(area.label, area.name, drawing.values?.get(area.key), drawing.fills?.get(area.key)?.ink));
  for (const pin of drawing.pins ?? []) out.push(pinMark(pin));
  for (const cluster of drawing.clusters ?? []) out.push(clusterMark(cluster));
  if (drawing.legend) out.push(legend(drawing.id, drawing.legend, map.height));
  out.push('</svg>');
  return out.join('');
}

const textAttributes = 'font-family="system-ui, sans-serif" text-anchor="middle" paint-order="stroke" stroke-linejoin="round"';

function areaLabel([x, y]: [number, number], name: string, value: string | undefined, ink = '#1b1f24'): string {
  const halo = ink === '#ffffff' ? '#1b1f24' : '#ffffff';
  const second = value === undefined ? '' : `<tspan x="${x}" dy="14">${escapeXml(value)}</tspan>`;
  return `<text x="${x}" y="${value === undefined ? y + 4 : y - 3}" font-size="12" ${textAttributes} fill="${ink}" stroke="${halo}" stroke-width="3">${escapeXml(name)}${second}</text>`;
}

// Pins are links for pointer users; keyboards and screen readers reach the same links in the list beside the map.
function pinMark(pin: PlacedPin): string {
  const title = `<title>${escapeXml(pin.label)}</title>`;
  let shape: string;
  if (pin.mark === 'highlight') shape = `<rect x="${pin.x - 5.5}" y="${pin.y - 5.5}" width="11" height="11" fill="#0b5d3b" stroke="#ffffff" stroke-width="1.5"/>`;
  else if (pin.mark === 'muted') shape = `<circle cx="${pin.x}" cy="${pin.y}" r="5" fill="#ffffff" stroke="#4a5361" stroke-width="2"/>`;
  else shape = `<circle cx="${pin.x}" cy="${pin.y}" r="5.5" fill="${PIN}" stroke="#ffffff" stroke-width="1.5"/>`;
  // A pin without an address (an item's own locator map) is a mark, not a link.
  // Not a link: a role="img" may hold no interactive element (axe nested-interactive); the table beside the map links it.
  return pin.href ? `<g data-href="${escapeXml(pin.href)}">${title}${shape}</g>` : `<g>${title}${shape}</g>`;
}

function clusterMark(c: Cluster): string {
  const r = Math.round(12 + 5 * Math.log10(c.count));
  return `<g data-href="${escapeXml(c.href)}"><circle cx="${c.x}" cy="${c.y + 22}" r="${r}" fill="${PIN}" stroke="#ffffff" stroke-width="2"/><text x="${c.x}" y="${c.y + 26}" font-size="12" font-weight="700" ${textAttributes} fill="#ffffff">${c.count}</text></g>`;
}

function legend(id: string, l: NonNullable<MapDrawing['legend']>, top: number): string {
  const rows = l.entries.map((e, i) => {
    const y = top + 28 + i * LEGEND_ROW;
    const fill = e.hatched ? `url(#${id}-hatch)` : e.fill;
    return `<rect x="10" y="${y - 12}" width="24" height="14" fill="${fill}" stroke="${EDGE}"/><text x="42" y="${y}" font-size="12" font-family="system-ui, sans-serif" fill="#1b1f24">${escapeXml(e.label)}</text>`;
  });
  return `<text x="10" y="${top + 16}" font-size="12" font-weight="700" font-family="system-ui, sans-serif" fill="#1b1f24">${escapeXml(l.title)}</text>${rows.join('')}`;
}
