import type { Migration } from 'kysely';
import * as auth from './000_auth.ts';
import * as core from './001_core.ts';
import * as organisations from './002_organisations.ts';
import * as processes from './003_processes.ts';
import * as organisationsExtra from './005_organisations_extra.ts';
import * as processesExtra from './006_processes_extra.ts';
import * as proposals from './007_proposals.ts';
import * as commentsModerationNotifications from './008_comments_moderation_notifications.ts';
import * as budgets from './009_budgets.ts';
import * as registers from './011_registers.ts';
import * as opinionMaps from './010_opinion_maps.ts';
import * as budgetProjectLinks from './012_budget_project_links.ts';
import * as ballotPool from './014_ballot_pool.ts';
import * as rateLimitSliding from './015_rate_limit_sliding.ts';
import * as imageVariantsAndPseudonymOrigins from './016_image_variants_and_pseudonym_origins.ts';
import * as budgetCounts from './017_budget_counts.ts';
import * as privacyRelease from './018_privacy_release.ts';
import * as commentHtml from './019_comment_html.ts';
import * as cityIdentity from './037_city_identity.ts';

/** Every migration, in order; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '000_auth': auth,
  '001_core': core,
  '002_organisations': organisations,
  '003_processes': processes,
  '005_organisations_extra': organisationsExtra,
  '006_processes_extra': processesExtra,
  '007_proposals': proposals,
  '008_comments_moderation_notifications': commentsModerationNotifications,
  '009_budgets': budgets,
  '011_registers': registers,
  '010_opinion_maps': opinionMaps,
  '012_budget_project_links': budgetProjectLinks,
  '014_ballot_pool': ballotPool,
  '015_rate_limit_sliding': rateLimitSliding,
  '016_image_variants_and_pseudonym_origins': imageVariantsAndPseudonymOrigins,
  '017_budget_counts': budgetCounts,
  '018_privacy_release': privacyRelease,
  '019_comment_html': commentHtml,
  '037_city_identity': cityIdentity,
};
