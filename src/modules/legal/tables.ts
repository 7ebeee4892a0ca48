/** Row types of the legal module's tables (migration 036), added to the app's Database type. */

/** A legal page as the city's admins wrote it; a page without a row shows its default text. */
export interface LegalPageTable {
  /** 'notice', 'privacy', 'terms' or 'accessibility'. */
  page: string;
  body_fr: string;
  body_en: string;
  /** Raised when an admin asks everyone to accept the terms again (only the terms use it). */
  version: number;
  updated_by: string | null;
  updated_at: string;
}

/** One person's acceptance of one version of the terms of use. */
export interface TermsAcceptanceTable {
  user_id: string;
  version: number;
  accepted_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    legal_page: LegalPageTable;
    terms_acceptance: TermsAcceptanceTable;
  }
}
