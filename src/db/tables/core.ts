/** Row types: Accounts (better-auth) and cross-cutting tables. */

export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: number | boolean;
  image: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
  role: string | null;
  locale: string | null;
  deletedAt: string | null;
}

export interface SessionTable {
  id: string;
  userId: string;
  token: string;
  expiresAt: string | Date;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

export interface AccountTable {
  id: string;
  userId: string;
  accountId: string;
  providerId: string;
  password: string | null;
}

export interface VerificationTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: string | Date;
}

export interface NeighbourhoodTable {
  id: string;
  slug: string;
  name_fr: string;
  name_en: string;
  position: number;
}

export interface AuditLogTable {
  id: string;
  actor_user_id: string | null;
  on_behalf_of_org_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  details: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
  sent_at: string | null;
}

export interface RateLimitTable {
  key: string;
  /** Start (ms) of the window `hits` counts in; `previous_hits` counts the window just before it. */
  window_start: number;
  hits: number;
  previous_hits: number;
  /** Earliest time (ms) of the next attempt, for limits that slow down instead of refusing (0: none). */
  not_before: number;
}

export interface UploadTable {
  id: string;
  mime: string;
  size: number;
  file_name: string;
  created_by: string | null;
  created_at: string;
  /** Size of the served (re-encoded) image; null for a row stored before re-encoding, not yet served. */
  width: number | null;
  height: number | null;
  /** The phone-sized variant, re-encoded too. */
  small_file_name: string | null;
  small_width: number | null;
  small_height: number | null;
}

export interface CacheRevisionTable {
  name: string;
  revision: number | string;
}
