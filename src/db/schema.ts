/** Row types of cocity's own tables (better-auth owns user, session, account, verification). */
import type { Generated } from 'kysely';

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
  window_start: number;
  hits: number;
}

export interface OrganisationTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  description: string;
  website: string | null;
  neighbourhood_id: string | null;
  verified: number;
  created_by: string | null;
  created_at: string;
}

export interface OrganisationMemberTable {
  organisation_id: string;
  user_id: string;
  role: string;
  listed: number;
  created_at: string;
}

export interface OrganisationInvitationTable {
  id: string;
  organisation_id: string;
  email: string;
  role: string;
  status: string;
  invited_by: string | null;
  created_at: string;
  answered_at: string | null;
}

export interface ProcessTable {
  id: string;
  slug: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  body_fr: string;
  body_en: string;
  scope: string;
  published: number;
  hero_upload_id: string | null;
  manual_phase_id: string | null;
  hero_alt_fr: string;
  hero_alt_en: string;
  created_at: string;
  updated_at: string;
}

export interface ProcessNeighbourhoodTable {
  process_id: string;
  neighbourhood_id: string;
}

export interface PhaseTable {
  id: string;
  process_id: string;
  position: number;
  name_fr: string;
  name_en: string;
  description_fr: string;
  description_en: string;
  starts_on: string;
  ends_on: string;
}

export interface ComponentTable {
  id: string;
  process_id: string;
  type: string;
  name_fr: string;
  name_en: string;
  position: number;
  settings: string;
  published: number;
  created_at: string;
}

export interface PageContentTable {
  component_id: string;
  body_fr: string;
  body_en: string;
  updated_at: string;
}

export interface UploadTable {
  id: string;
  mime: string;
  size: number;
  file_name: string;
  created_by: string | null;
  created_at: string;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  verification: VerificationTable;
  neighbourhood: NeighbourhoodTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  rate_limit: RateLimitTable;
  organisation: OrganisationTable;
  organisation_member: OrganisationMemberTable;
  organisation_invitation: OrganisationInvitationTable;
  process: ProcessTable;
  process_neighbourhood: ProcessNeighbourhoodTable;
  phase: PhaseTable;
  component: ComponentTable;
  page_content: PageContentTable;
  upload: UploadTable;
}

export type { Generated };
