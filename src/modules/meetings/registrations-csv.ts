import type { Translate } from '../../platform/i18n/index.ts';
import { csvText, type CsvCell } from '../../web/csv.ts';
import type { RegistrationRow } from './queries.ts';
import { displayCode } from './registration-code.ts';

/**
 * The organiser's list of registrations as CSV: code, status, place on the waitlist, checked in — and
 * the name, phone and needs only of people who ticked "share with the organiser". Never the email
 * address or the account: the organiser reaches people through cocity, not around it.
 */
export function registrationsCsv(t: Translate, rows: RegistrationRow[]): string {
  const out: CsvCell[][] = [[t('meetings.csv.code'), t('meetings.csv.status'), t('meetings.csv.position'), t('meetings.csv.checkedIn'), t('meetings.csv.name'), t('meetings.csv.phone'), t('meetings.csv.needs')]];
  let waiting = 0;
  for (const r of rows) {
    const shared = r.status === 'confirmed' && r.share_details === 1;
    waiting += r.status === 'waiting' ? 1 : 0;
    out.push([
      displayCode(r.code),
      t(`meetings.status.${r.status}`),
      r.status === 'waiting' ? waiting : null,
      r.checked_in_at ? r.checked_in_at : null,
      shared ? r.full_name : null,
      shared ? r.phone : null,
      shared ? r.needs : null,
    ]);
  }
  return csvText(out);
}
