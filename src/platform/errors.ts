import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An expected refusal (401, 403, 404, 409, 429...) that pages and the API render for the user. */
export class HttpError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(status, { message: code });
  }
}

export const notFound = () => new HttpError(404, 'not_found');
export const forbidden = () => new HttpError(403, 'forbidden');
export const unauthorized = () => new HttpError(401, 'unauthorized');

/**
 * A refused action that has its own explanation (a catalogue key: "supports are closed in this phase"):
 * pages show it with a way back to where the person was, the API answers it as `{ error: { code } }`.
 */
export class Refusal extends HttpError {
  constructor(
    status: 401 | 403 | 409,
    code: string,
    readonly messageKey: string,
    /** What the person can do about it (get verified, for example): a local link and its label's key. */
    readonly remedy: { href: string; labelKey: string } | null = null,
    /** Parameters of the message, each a catalogue key translated in the reader's language. */
    readonly paramKeys: Record<string, string> = {},
  ) {
    super(status, code);
  }
}
