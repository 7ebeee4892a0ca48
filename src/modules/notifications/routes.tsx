import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { notFound, unauthorized } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { pageContext } from '../../web/layout.tsx';
import { emailDeliveries } from './kinds.ts';
import { findEmailDelivery, listNotifications } from './queries.ts';
import { markAllRead, openNotification, setEmailDelivery, unsubscribeWithToken } from './service.ts';
import { readUnsubscribeToken } from './unsubscribe-token.ts';
import { NotificationsPage } from './views/notifications-page.tsx';
import { PreferencesPage } from './views/preferences-page.tsx';
import { UnsubscribePage } from './views/unsubscribe-page.tsx';

/** "My notifications", email preferences, and the one-click unsubscribe link (no sign-in needed). */
export const notificationRoutes = new Hono<AppEnv>();

const preferenceSchema = z.object({ email_delivery: z.enum(emailDeliveries) });
const tokenSchema = z.object({ token: z.string().max(300) });

notificationRoutes.get('/account/notifications', async (c) => {
  if (!c.var.user) throw unauthorized();
  const items = await listNotifications(c.var.deps.db, c.var.user.id);
  return c.html(<NotificationsPage ctx={pageContext(c)} items={items} />);
});

notificationRoutes.post('/account/notifications/read-all', async (c) => {
  await markAllRead(c.var.deps, c.var.user);
  setFlash(c, 'notifications.flash.allRead');
  return c.redirect('/account/notifications', 303);
});

notificationRoutes.post('/account/notifications/:id/open', async (c) => {
  const url = await openNotification(c.var.deps, c.var.user, c.req.param('id'));
  if (!url) throw notFound();
  return c.redirect(url, 303);
});

notificationRoutes.get('/account/notifications/preferences', async (c) => {
  if (!c.var.user) throw unauthorized();
  const current = await findEmailDelivery(c.var.deps.db, c.var.user.id);
  return c.html(<PreferencesPage ctx={pageContext(c)} current={current} />);
});

notificationRoutes.post('/account/notifications/preferences', async (c) => {
  if (!c.var.user) throw unauthorized();
  const form = await parseForm(c, preferenceSchema, c.var.t);
  if (!form.ok) {
    const current = await findEmailDelivery(c.var.deps.db, c.var.user.id);
    return c.html(<PreferencesPage ctx={pageContext(c)} current={current} error={form.errors.email_delivery} />, 400);
  }
  await setEmailDelivery(c.var.deps, c.var.user, form.data.email_delivery);
  setFlash(c, 'flash.saved');
  return c.redirect('/account/notifications/preferences', 303);
});

notificationRoutes.get('/notifications/unsubscribe', (c) => {
  const token = c.req.query('token') ?? '';
  const valid = readUnsubscribeToken(c.var.deps.config.authSecret, token) !== null;
  return c.html(<UnsubscribePage ctx={pageContext(c)} token={token} state={valid ? 'confirm' : 'invalid'} />, valid ? 200 : 400);
});

notificationRoutes.post('/notifications/unsubscribe', async (c) => {
  const form = await parseForm(c, tokenSchema, c.var.t);
  const done = form.ok && (await unsubscribeWithToken(c.var.deps, form.data.token));
  return c.html(<UnsubscribePage ctx={pageContext(c)} token="" state={done ? 'done' : 'invalid'} />, done ? 200 : 400);
});
