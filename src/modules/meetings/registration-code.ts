import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code read aloud at the door or copied from a phone must not be mistaken.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

/** A registration code: 8 characters from a cryptographic generator (31^8 ≈ 8.5e11 possibilities). */
export function newRegistrationCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A code as typed at the door: spaces, dashes and case do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** A code grouped for reading (`ABCD-EFGH`). */
export const displayCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
