/** Row types: Comments, moderation, notifications. */
import type { Generated } from 'kysely';

export interface CommentTable {
  id: string;
  resource_type: string;
  resource_id: string;
  parent_id: string | null;
  depth: number;
  author_user_id: string;
  organisation_id: string | null;
  stance: string | null;
  body: string;
  /** `body` as HTML (comments/comment-html.ts); null until made, for comments older than migration 019. */
  body_html: Generated<string | null>;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface CommentVoteTable {
  comment_id: string;
  user_id: string;
  direction: number;
  created_at: string;
}

export interface ModerationFlagTable {
  id: string;
  resource_type: string;
  resource_id: string;
  user_id: string;
  reason: string;
  text: string;
  created_at: string;
  resolved_at: string | null;
}

export interface ModerationActionTable {
  id: string;
  resource_type: string;
  resource_id: string;
  process_id: string | null;
  action: string;
  resource_title: string;
  public_reason: string | null;
  moderator_user_id: string | null;
  created_at: string;
}

export interface UserBlockTable {
  id: string;
  user_id: string;
  until: string;
  reason: string;
  created_by: string | null;
  created_at: string;
  lifted_at: string | null;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  params: string;
  url: string;
  delivery: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

export interface NotificationPreferenceTable {
  user_id: string;
  email_delivery: string;
  updated_at: string;
}
