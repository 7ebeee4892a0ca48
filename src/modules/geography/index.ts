import { defineModule } from '../define-module.ts';
import { geographyAdminRoutes } from './admin-routes.tsx';
import { registerGeographyApi } from './api.ts';
import { geographyMessages } from './messages.ts';
import * as createGeography from './migration.ts';
import * as addLocations from './migration-locations.ts';
import { pickerRoutes } from './picker-routes.ts';
import { seedDemoGeography } from './seed.ts';

/**
 * The city's own map: the GIS office uploads the neighbourhoods' outlines (GeoJSON), cocity checks and
 * keeps them, and draws every map on the server as SVG — no tiles, no request to anyone else.
 * Proposals, budget projects and sensors place themselves on it through this module's index.
 */
export const geographyModule = defineModule({
  name: 'geography',
  routes: [
    { path: '/admin/geography', router: geographyAdminRoutes },
    { path: '/maps', router: pickerRoutes },
  ],
  api: registerGeographyApi,
  messages: geographyMessages,
  demoSeed: ({ db, people }) => seedDemoGeography(db, people),
  migrations: { '029_geography': createGeography, '030_locations': addLocations },
});

export { loadCityMap, type CityMap } from './city-map.ts';
export { drawLocator, drawPinMap, type DrawnPinMap, type MapPin } from './pin-map.ts';
export { AreaCountTable, MapFigure, type AreaCountRow } from './views/map-figure.tsx';
export { checkLocationPair, drawPicker, loadPicker, locateInCity, locationFields } from './location.ts';
export { LocationFieldset } from './views/location-fieldset.tsx';
export { drawChoropleth, type ChoroplethInput } from './choropleth-map.ts';
