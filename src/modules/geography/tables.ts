/** Row types of the geography module's tables (migration 029_geography), added to the app's Database type. */

/** A neighbourhood's shape: a GeoJSON geometry (Polygon or MultiPolygon, WGS84) as JSON text. */
export interface GeographyAreaTable {
  neighbourhood_id: string;
  geometry: string;
  updated_at: string;
}

/** A layer drawn for orientation. */
export interface GeographyLayerTable {
  id: string;
  kind: 'boundary' | 'water' | 'street' | 'landmark';
  name: string;
  geometry: string;
  position: number;
  updated_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    geography_area: GeographyAreaTable;
    geography_layer: GeographyLayerTable;
  }
}
