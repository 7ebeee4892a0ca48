/** The maps engine: checks GeoJSON, prepares a city's map (projection, simplification, labels) and draws SVG. No I/O. */
export { containsPoint } from './rings.ts';
export { checkGeoJson, GEOJSON_LIMITS, type CheckedFeature, type GeoJsonProblem, type GeometryUse } from './geojson-check.ts';
export { prepareMap, type AreaInput, type LayerInput, type PreparedArea, type PreparedMap } from './base-map.ts';
export { placePins, MAX_PINS_PER_AREA, type Cluster, type PinInput, type PlacedPin } from './clusters.ts';
export { choroplethInk, choroplethSteps, CHOROPLETH_FILLS, type ChoroplethStep } from './choropleth.ts';
export { escapeXml, renderMapSvg, type MapDrawing } from './svg.ts';
