/** Row types: the privacy ledger of differentially private releases. */

export interface PrivacyReleaseTable {
  id: string;
  dataset_key: string;
  release_key: string;
  period: string;
  epsilon_num: number;
  epsilon_den: number;
  description: string;
  /** JSON of the published tables, exactly as shown. */
  published: string;
  released_at: string;
}
