import type { Position } from 'geojson';

/** Twice the signed area of a closed ring (shoelace): positive when it turns counterclockwise with y pointing up. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

/** Whether a closed ring of [longitude, latitude] turns clockwise. */
export const isClockwise = (ring: readonly Position[]): boolean => signedArea2(ring) < 0;

const orientation = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/**
 * Where two edges of a ring cross or overlap, or null. Edges that only touch at a shared corner are
 * allowed (they draw fine); a crossing makes a "bow tie" whose inside depends on the renderer's fill rule.
 */
export function findRingCrossing(ring: readonly Position[]): [number, number] | null {
  const n = ring.length - 1;
  const edges = Array.from({ length: n }, (_, i) => ({ i, minX: Math.min(ring[i][0], ring[i + 1][0]), maxX: Math.max(ring[i][0], ring[i + 1][0]) }));
  // Sorted by their left end, an edge is compared only with those starting before it ends.
  edges.sort((a, b) => a.minX - b.minX);
  for (let u = 0; u < n; u++) {
    const e = edges[u];
    for (let v = u + 1; v < n && edges[v].minX <= e.maxX; v++) {
      const f = edges[v];
      const gap = Math.abs(e.i - f.i);
      if (gap === 1 || gap === n - 1) {
        if (collinearOverlap(ring, Math.min(e.i, f.i), Math.max(e.i, f.i), gap === n - 1)) return at(ring[f.i]);
        continue;
      }
      const hit = crossing(ring[e.i], ring[e.i + 1], ring[f.i], ring[f.i + 1]);
      if (hit) return hit;
    }
  }
  return null;
}

const at = (p: Position): [number, number] => [p[0], p[1]];

// Neighbouring edges share a corner; they are wrong only when they fold back over each other.
function collinearOverlap(ring: readonly Position[], first: number, second: number, wraps: boolean): boolean {
  const [a, b] = wraps ? [ring[second], ring[second + 1]] : [ring[first], ring[first + 1]];
  const c = wraps ? ring[first + 1] : ring[second + 1];
  if (orientation(a, b, c) !== 0) return false;
  // a → b → c on one line: folded back when c lies on a–b's side of b.
  return (c[0] - b[0]) * (a[0] - b[0]) + (c[1] - b[1]) * (a[1] - b[1]) > 0;
}

function crossing(a: Position, b: Position, c: Position, d: Position): [number, number] | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) {
    // Edges that only touch at a corner (one end on the other edge) are allowed.
    if (o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0) return null;
    return at(a);
  }
  if (o1 === 0 && o2 === 0) {
    // Collinear edges overlapping along a length (not just one common point) draw as a sliver.
    const axis = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]) ? 0 : 1;
    const low = Math.max(Math.min(a[axis], b[axis]), Math.min(c[axis], d[axis]));
    const high = Math.min(Math.max(a[axis], b[axis]), Math.max(c[axis], d[axis]));
    if (high > low) return at(c);
  }
  return null;
}


// Even-odd ray casting: a point is inside a ring when a ray from it crosses the ring an odd number of times.
function insideRing(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a longitude/latitude lies inside a Polygon or MultiPolygon (inside its outer ring, outside its holes). */
export function containsPoint(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Position[][] | Position[][][] }, lon: number, lat: number): boolean {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
  return polygons.some((rings) => rings.length > 0 && insideRing(rings[0], lon, lat) && !rings.slice(1).some((hole) => insideRing(hole, lon, lat)));
}
