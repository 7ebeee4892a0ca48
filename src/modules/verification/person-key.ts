import { createHmac } from 'node:crypto';

/**
 * An identifier as people type it and as files write it: accents and case dropped, and every space,
 * dash, dot or slash removed, so "ab 12-345" and "AB12345" are the same person.
 */
export function normaliseIdentifier(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[\s\-./_]+/g, '');
}

/**
 * A birth date written YYYY-MM-DD or DD/MM/YYYY (also with dots or dashes), as YYYY-MM-DD; null when it
 * is not a real calendar date.
 */
export function normaliseBirthDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : european ? [european[3], european[2], european[1]] : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  if (Number(year) < 1900) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The person's keyed hash: HMAC-SHA256 under the verification key of the normalised identifier and
 * birth date. The same person gives the same hash from the census file, the resident's form and the
 * help desk; without the key, a dump of the table cannot be tried against guessed identifiers.
 */
export function personHmac(key: string, identifier: string, birthDate: string): string {
  return createHmac('sha256', key).update(`cocity-person:${normaliseIdentifier(identifier)}|${birthDate}`).digest('hex');
}

/** The keyed hash of a postal-letter request (name and address), so one household member verifies one account per letter. */
export function letterPersonHmac(key: string, name: string, address: string): string {
  const clean = (s: string) => normaliseIdentifier(s.replace(/\s+/g, ' '));
  return createHmac('sha256', key).update(`cocity-letter:${clean(name)}|${clean(address)}`).digest('hex');
}
