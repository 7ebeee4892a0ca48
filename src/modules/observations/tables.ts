/** Row types of the observations module's tables (migrations 032 to 034), added to the app's Database type. */

/** A device of the register allowed to send observations: its NGSI-LD id and its ingestion token (hashed). */
export interface ObservationDeviceTable {
  id: string;
  sensor_id: string;
  /** The URN the device's entities name in `refDevice`. */
  device_ref: string;
  /** SHA-256 of the token, hex; the token itself is shown once and never stored. */
  token_hash: string;
  /** The token's last four characters, so staff can tell tokens apart. */
  token_hint: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

/** An aggregate of one measure of one device over one hour or one day (UTC). No raw observation is ever stored. */
export interface ObservationAggregateTable {
  sensor_id: string;
  neighbourhood_id: string | null;
  model: string;
  measure: string;
  /** 'hour' or 'day'. */
  period: string;
  /** ISO time the period starts at (UTC). */
  start: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  /** Sum of 10^(L/10) for dB measures (their mean is energetic), null otherwise. */
  energy: number | null;
}

/**
 * What makes a retried notification count once (migration 033): per device and observed hour, the keys
 * (a hash of entity id and observed time, 11 characters each) of what was folded in. No value, and no entity
 * id in clear: parking spots are not tracked one by one. Forgotten an hour after the acceptance window.
 */
export interface ObservationSeenTable {
  sensor_id: string;
  /** ISO start of the hour the observations were made in. */
  hour: string;
  keys: string;
  /** When keys were last added (pruning reads it). */
  seen_at: string;
}

/**
 * One ingestion as the sensor team sees it (migration 034): per notification or CSV upload and device, the
 * entities kept, counted twice and refused, and the first refusals with their reason. Kept 30 days.
 */
export interface ObservationLogTable {
  id: string;
  at: string;
  /** 'ngsi-ld' or 'csv'. */
  source: string;
  /** The device the entities named (or the token's device); '' when they named none. */
  device_ref: string;
  /** The register entry of that device when it is bound, null otherwise. */
  sensor_id: string | null;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** JSON: the first 50 refusals, `[{ id, reason, detail, line? }]`. */
  rejections: string;
  /** SHA-256 of an uploaded CSV file (one log row per upload carries it), so the same file is not counted twice. */
  file_hash: string | null;
}

/** Entities refused, counted per day, reason and named device (shown on the register dashboard). */
export interface ObservationRefusalTable {
  day: string;
  reason: string;
  device_ref: string;
  count: number;
}

declare module '../../db/schema.ts' {
  interface Database {
    observation_device: ObservationDeviceTable;
    observation_aggregate: ObservationAggregateTable;
    observation_seen: ObservationSeenTable;
    observation_refusal: ObservationRefusalTable;
    observation_log: ObservationLogTable;
  }
}
