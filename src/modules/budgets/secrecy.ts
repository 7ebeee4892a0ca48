import { createHmac, randomBytes } from 'node:crypto';

// Letters and digits that cannot be confused when copied by hand (no 0/O, 1/I/L).
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random receipt token (20 characters, ~98 bits) grouped by four so it can be written down. */
export function newReceiptToken(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Normalises a typed token (case, spaces, dashes) so small copying differences still match. */
export function normaliseReceipt(token: string): string {
  const clean = token.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

// The register and the ballot box each keep their own keyed fingerprint of a receipt, under different
// labels: the two cannot be matched without the receipt itself (about 98 random bits), even by someone
// holding the database and the server secret; and a dump alone cannot find a ballot from a receipt.
const receiptFingerprint = (secret: string, side: string, token: string) =>
  createHmac('sha256', secret).update(`cocity-budget-receipt-${side}:${normaliseReceipt(token)}`).digest('hex');

/** What the voter register row keeps of its receipt: proof that this receipt belongs to this voter. */
export const registerReceiptTag = (secret: string, token: string): string => receiptFingerprint(secret, 'register', token);

/** What the ballot row keeps of its receipt: how its voter finds it again to change it. */
export const ballotReceiptHash = (secret: string, token: string): string => receiptFingerprint(secret, 'ballot', token);

/** The voter register key of a resident with an account. */
export const accountVoterKey = (userId: string): string => `user:${userId}`;

// The receipt cookie is bound to the account that voted: on a shared computer, the next person to
// sign in neither sees nor uses the previous voter's receipt (and so never sees their choices).
const accountTag = (secret: string, userId: string) => createHmac('sha256', secret).update(`cocity-budget-receipt-owner:${userId}`).digest('hex').slice(0, 24);

/** The value of the receipt cookie: the token, tagged with a keyed hash of the voter's account. */
export const receiptCookieValue = (secret: string, userId: string, token: string): string => `${accountTag(secret, userId)}.${token}`;

/** The receipt token kept in a cookie, if it belongs to this account; otherwise an empty string. */
export function receiptFromCookie(secret: string, userId: string | null, value: string | undefined): string {
  if (!userId || !value) return '';
  const dot = value.indexOf('.');
  return dot > 0 && value.slice(0, dot) === accountTag(secret, userId) ? value.slice(dot + 1) : '';
}
