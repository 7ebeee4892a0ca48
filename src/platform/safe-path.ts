// One `/`, then a character that cannot start a host (`//x`, `/\x`) or hide one (`/\t/x`: browsers drop tabs
// and line breaks from URLs), then only characters a URL path, query or fragment may hold as written (RFC 3986).
// Anything else — other sites, control characters, non-ASCII that a Location header cannot carry — is refused.
const localPath = /^\/(?:[\w\-.~!$&'()*+,;=:@%?#][\w\-.~!$&'()*+,;=:@%/?#]*)?$/;

/**
 * The one check for every address taken from a request and sent back as a link or a redirect
 * (`return_to`, `next`, the page a language link points to): a path on this site, or `fallback`.
 * @example safeLocalPath('/proposals/3#comment-9') // '/proposals/3#comment-9'
 * @example safeLocalPath('/\t/evil.example/', '/account') // '/account'
 */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.length <= 2000 && localPath.test(value) ? value : fallback;
}
