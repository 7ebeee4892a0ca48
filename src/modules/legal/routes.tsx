import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { adminOnly, requireAdmin } from '../../platform/session.ts';
import { emptyForm } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { isLegalPage, legalPages } from './default-texts.ts';
import { findLegalPage } from './queries.ts';
import { editLegalPage, legalPageTexts, legalTextVariables } from './service.ts';
import { AdminLegalEdit, AdminLegalList } from './views/admin-legal.tsx';
import { LegalPageView } from './views/legal-page.tsx';

/** The published legal pages: `/legal/notice`, `/legal/privacy`, `/legal/terms`, `/legal/accessibility`. */
export const legalRoutes = new Hono<AppEnv>();

legalRoutes.get('/:page', async (c) => {
  const page = c.req.param('page');
  if (!isLegalPage(page)) throw notFound();
  const texts = await legalPageTexts(c.var.deps, page, legalTextVariables(c));
  return c.html(<LegalPageView ctx={pageContext(c)} page={page} body={texts[c.var.locale]} updatedAt={texts.updatedAt} version={texts.version} />);
});

/** The admins' editor of the legal pages. */
export const adminLegalRoutes = new Hono<AppEnv>();
adminLegalRoutes.use(adminOnly);

const legalTextSchema = z.object({
  body_fr: z.string().trim().min(1).max(40_000),
  body_en: z.string().trim().min(1).max(40_000),
  askAgain: z.literal('on').optional(),
});

adminLegalRoutes.get('/', async (c) => {
  const pages = await Promise.all(legalPages.map(async (page) => ({ page, updatedAt: (await findLegalPage(c.var.deps.db, page))?.updated_at ?? null })));
  return c.html(<AdminLegalList ctx={pageContext(c)} pages={pages} />);
});

adminLegalRoutes.get('/:page', async (c) => {
  const page = c.req.param('page');
  if (!isLegalPage(page)) throw notFound();
  const texts = await legalPageTexts(c.var.deps, page, legalTextVariables(c));
  return c.html(<AdminLegalEdit ctx={pageContext(c)} page={page} form={emptyForm({ body_fr: texts.fr, body_en: texts.en })} />);
});

adminLegalRoutes.post('/:page', async (c) => {
  const page = c.req.param('page');
  if (!isLegalPage(page)) throw notFound();
  const form = await parseForm(c, legalTextSchema, c.var.t);
  if (!form.ok) return c.html(<AdminLegalEdit ctx={pageContext(c)} page={page} form={form} />, 400);
  await editLegalPage(c.var.deps, requireAdmin(c.var.user), page, { body_fr: form.data.body_fr, body_en: form.data.body_en }, page === 'terms' && form.data.askAgain === 'on');
  setFlash(c, 'legal.admin.saved');
  return c.redirect(`/legal/${page}`, 303);
});
