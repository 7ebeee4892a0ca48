/** Row types: Organisations, members, invitations. */
import type { Generated } from 'kysely';

export interface OrganisationTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  description: string;
  /** The language the description is written in, `fr` or `en` (043_organisation_description_language); '' when not said. */
  description_language: Generated<string>;
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
