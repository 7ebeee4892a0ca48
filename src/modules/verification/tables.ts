/** Row types of the verification module's tables (migrations 026 and 027), added to the app's Database type. */
import type { Generated } from 'kysely';

/**
 * One verified account (or, after its account was deleted, only the keyed hash that stops the same
 * person verifying another account while a vote it allowed is open). Never an identifier, a birth
 * date, an address or a document: only the method, the neighbourhood, the dates and who at the desk.
 */
export interface IdentityVerificationTable {
  id: string;
  /** Null once the account was deleted and only the keyed hash is kept. */
  user_id: string | null;
  method: string;
  neighbourhood_id: string | null;
  /** HMAC-SHA256 under the verification key of the person's normalised identifier and birth date (or letter details). */
  person_hmac: string;
  verified_at: string;
  expires_at: string;
  /** The staff member who verified at the help desk (null for the other methods). */
  verified_by: string | null;
}

/** A component action a verification was used for: how long a deleted account's hash must stay. */
export interface VerificationUseTable {
  verification_id: string;
  component_id: string;
  action: string;
}

/** One eligible resident of the current census file: the keyed hash and the neighbourhood, nothing else. */
export interface CensusEntryTable {
  person_hmac: string;
  neighbourhood_id: string;
}

/** The city's choice of methods and how long a verification lasts (one row, id 'city'). */
export interface VerificationSettingsTable {
  id: string;
  census_enabled: Generated<number>;
  letter_enabled: Generated<number>;
  desk_enabled: Generated<number>;
  validity_days: Generated<number>;
  census_rows: Generated<number>;
  census_imported_at: string | null;
}

/**
 * A postal letter: requested by a resident (the address sealed with the verification key until the
 * letter is printed, then erased), printed (the code exists only on paper; its hash here), redeemed.
 */
export interface VerificationLetterTable {
  id: string;
  user_id: string;
  neighbourhood_id: string;
  locale: string;
  person_hmac: string;
  sealed_address: string | null;
  code_hash: string | null;
  requested_at: string;
  printed_at: string | null;
  expires_at: string | null;
  tries: Generated<number>;
}

/** Staff allowed to verify people at the help desk (admins always are). */
export interface VerificationDeskStaffTable {
  user_id: string;
  granted_by: string | null;
  granted_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    identity_verification: IdentityVerificationTable;
    verification_use: VerificationUseTable;
    census_entry: CensusEntryTable;
    verification_settings: VerificationSettingsTable;
    verification_letter: VerificationLetterTable;
    verification_desk_staff: VerificationDeskStaffTable;
  }
}
