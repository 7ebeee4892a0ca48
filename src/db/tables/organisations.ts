/** Row types: Organisations, members, invitations. */

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
