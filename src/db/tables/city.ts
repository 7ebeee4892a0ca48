/** Row type of the city's identity (migration 037), added to the app's Database type. */

/** The name and logo the city's admins set (one row, key 'city'). */
export interface CityIdentityTable {
  key: string;
  name: string;
  logo_upload_id: string | null;
  updated_at: string;
}

declare module '../schema.ts' {
  interface Database {
    city_identity: CityIdentityTable;
  }
}
