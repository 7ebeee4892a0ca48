import { createHmac, timingSafeEqual } from 'node:crypto';

function signatureOf(secret: string, userId: string): Buffer {
  return createHmac('sha256', secret).update(`cocity-unsubscribe:${userId}`).digest();
}

/** A token for the one-click unsubscribe link: the person's id and a signature only the server can make. */
export function createUnsubscribeToken(secret: string, userId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.${signatureOf(secret, userId).toString('base64url')}`;
}

/** The person an unsubscribe token was made for, or null when it is malformed or was tampered with. */
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const parts = token.split('.');
  if (parts.length !== 2 || token.length > 300) return null;
  const userId = Buffer.from(parts[0], 'base64url').toString('utf8');
  const given = Buffer.from(parts[1], 'base64url');
  const expected = signatureOf(secret, userId);
  if (userId === '' || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return userId;
}
