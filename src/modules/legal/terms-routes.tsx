import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { unauthorized } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { safeLocalPath } from '../../platform/safe-path.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import type { Context } from 'hono';
import { currentTermsVersion, recordTermsAcceptance } from './queries.ts';
import { legalPageTexts, legalTextVariables } from './service.ts';
import { AcceptTermsPage } from './views/accept-terms.tsx';

/** Accepting a new version of the terms of use, asked at sign-in (`/legal/terms/accept?next=`). */
export const termsRoutes = new Hono<AppEnv>();

const acceptSchema = z.object({ accept: z.literal('on', { message: 'legal.terms.required' }) });

async function renderAccept(c: Context<AppEnv>, form: FormState, status: 200 | 400) {
  const texts = await legalPageTexts(c.var.deps, 'terms', legalTextVariables(c));
  const next = safeLocalPath(c.req.query('next') ?? (typeof form.values.next === 'string' ? form.values.next : undefined), '/account');
  return c.html(<AcceptTermsPage ctx={pageContext(c)} body={texts[c.var.locale]} version={texts.version} next={next} form={form} />, status);
}

termsRoutes.get('/accept', (c) => {
  if (!c.var.user) throw unauthorized();
  return renderAccept(c, emptyForm(), 200);
});

termsRoutes.post('/accept', async (c) => {
  const user = c.var.user;
  if (!user) throw unauthorized();
  const form = await parseForm(c, acceptSchema, c.var.t);
  if (!form.ok) return renderAccept(c, form, 400);
  await recordTermsAcceptance(c.var.deps.db, user.id, await currentTermsVersion(c.var.deps.db));
  setFlash(c, 'legal.terms.accepted');
  return c.redirect(safeLocalPath(typeof form.values.next === 'string' ? form.values.next : undefined, '/account'), 303);
});
