import type { Cluster, PlacedPin } from './clusters.ts';
import { escapeXml } from './escape-xml.ts';

const PIN = '#b42318';
const textAttributes = 'font-family="system-ui, sans-serif" text-anchor="middle" paint-order="stroke" stroke-linejoin="round"';

/** What the links layer over a map holds: its name, its size (the image's), its pins and counted discs. */
export interface PinLinksLayer {
  id: string;
  label: string;
  viewBox: string;
  width: number;
  height: number;
  pins: readonly PlacedPin[];
  clusters: readonly Cluster[];
  clusterLabel: (cluster: Cluster) => string;
}

/**
 * The pins as real links, drawn over the picture of the city. A `role="img"` hides its children from
 * assistive technology and may hold no link (axe nested-interactive), so the links live in a sibling SVG
 * of the same size, laid over the picture by the stylesheet: a pin is reached with Tab, read by its name,
 * and followed without JavaScript.
 */
export function renderPinLinks(layer: PinLinksLayer): string {
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" class="map-links" id="${escapeXml(layer.id)}-links" viewBox="${layer.viewBox}" width="${layer.width}" height="${layer.height}" role="group" aria-label="${escapeXml(layer.label)}">`];
  for (const pin of layer.pins) out.push(`<a href="${escapeXml(pin.href)}" aria-label="${escapeXml(pin.label)}"><title>${escapeXml(pin.label)}</title>${pinShape(pin)}</a>`);
  for (const c of layer.clusters) out.push(clusterLink(c, layer.clusterLabel(c)));
  out.push('</svg>');
  return out.join('');
}

/** A pin's shape: a square for a highlighted item, a hollow disc for a muted one, a red disc otherwise (shape, not only colour). */
export function pinShape(pin: PlacedPin): string {
  if (pin.mark === 'highlight') return `<rect x="${pin.x - 5.5}" y="${pin.y - 5.5}" width="11" height="11" fill="#0b5d3b" stroke="#ffffff" stroke-width="1.5"/>`;
  if (pin.mark === 'muted') return `<circle cx="${pin.x}" cy="${pin.y}" r="5" fill="#ffffff" stroke="#4a5361" stroke-width="2"/>`;
  return `<circle cx="${pin.x}" cy="${pin.y}" r="5.5" fill="${PIN}" stroke="#ffffff" stroke-width="1.5"/>`;
}

function clusterLink(c: Cluster, label: string): string {
  const r = Math.round(12 + 5 * Math.log10(c.count));
  return `<a href="${escapeXml(c.href)}" aria-label="${escapeXml(label)}"><title>${escapeXml(label)}</title><circle cx="${c.x}" cy="${c.y + 22}" r="${r}" fill="${PIN}" stroke="#ffffff" stroke-width="2"/><text x="${c.x}" y="${c.y + 26}" font-size="12" font-weight="700" ${textAttributes} fill="#ffffff">${c.count}</text></a>`;
}
