import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { renderError } from '../../web/error-page.tsx';
import { pageContext } from '../../web/layout.tsx';
import { RefusalPage } from './views/refusal-page.tsx';

/** Refusal codes that have their own message (`proposals.refusal.<code>`). */
export const refusalCodes = new Set([
  'sign_in_required',
  'email_unverified',
  'creation_closed',
  'not_author',
  'edit_window_over',
  'proposal_withdrawn',
  'proposal_hidden',
  'supports_closed',
  'already_supported',
  'not_supported',
  'support_limit_reached',
  'comments_closed',
  'admin_only',
  'moderator_only',
  'not_invitee',
  'invitation_answered',
  'blocked',
]);

// Where "back" leads: the proposal or component page the refused action came from.
function backHref(path: string): string | null {
  const proposal = /^\/proposals\/([\w-]+)/.exec(path);
  if (proposal && proposal[1] !== 'coauthors') return `/proposals/${proposal[1]}`;
  const component = /^(\/processes\/[\w-]+\/c\/[\w-]+)/.exec(path);
  return component ? component[1] : null;
}

/** Error handler of the proposals pages: known refusals get their own message; everything else the app's usual page. */
export function renderProposalError(err: Error, c: Context<AppEnv>) {
  if (err instanceof HttpError && refusalCodes.has(err.code)) {
    const status = err.code === 'sign_in_required' ? 401 : err.status;
    return c.html(<RefusalPage ctx={pageContext(c)} messageKey={`proposals.refusal.${err.code}`} backHref={backHref(c.req.path)} signIn={status === 401} />, status as 403);
  }
  if (err instanceof HttpError) return renderError(c, err.status, err.code, err.fields);
  if (err instanceof HTTPException) return err.status >= 500 ? err.getResponse() : renderError(c, err.status, err.status === 403 ? 'forbidden' : 'bad_request');
  c.var.deps.log.error({ err, path: c.req.path }, 'unhandled error');
  return renderError(c, 500, 'internal_error');
}
