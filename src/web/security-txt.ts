import type { Hono } from 'hono';
import type { Config } from '../config.ts';
import type { AppEnv } from '../platform/context.ts';

// The file is written from the configuration at each request, so a short expiry costs nothing and tells
// scanners and caches to come back for the current contact (RFC 9116 asks for less than a year).
const validForDays = 30;

/**
 * The RFC 9116 `security.txt` of this instance: where to report a vulnerability (`SECURITY_CONTACT`),
 * in which languages, and its own address; null when the operator set no contact.
 */
export function securityTxt(config: Pick<Config, 'securityContact' | 'baseUrl'>, now = new Date()): string | null {
  if (!config.securityContact) return null;
  const expires = new Date(now.getTime() + validForDays * 24 * 3600 * 1000);
  expires.setUTCMilliseconds(0);
  return [
    `Contact: ${config.securityContact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: fr, en',
    `Canonical: ${config.baseUrl}/.well-known/security.txt`,
    '',
  ].join('\n');
}

/** Serves `/.well-known/security.txt` (404 when no contact is configured: an empty file would mislead). */
export function mountSecurityTxt(app: Hono<AppEnv>, config: Config): void {
  app.get('/.well-known/security.txt', (c) => {
    const text = securityTxt(config);
    if (!text) return c.notFound();
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
  });
}
