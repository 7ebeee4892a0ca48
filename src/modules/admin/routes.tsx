import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { adminOnly, requireAdmin } from '../../platform/session.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { neighbourhoodUse } from './neighbourhood-use.ts';
import { findNeighbourhood, listAudit, listOutbox, listPeople, PAGE_SIZE } from './queries.ts';
import { addNeighbourhood, changeRole, deleteNeighbourhood, renameNeighbourhood } from './service.ts';
import { AuditPage } from './views/audit.tsx';
import { AdminDashboard } from './views/dashboard.tsx';
import { loadAtAGlance } from './at-a-glance.ts';
import { auditTargetNames } from './audit-names.ts';
import { NeighbourhoodDeletePage } from './views/neighbourhood-delete.tsx';
import { NeighbourhoodsPage } from './views/neighbourhoods.tsx';
import { OutboxPage } from './views/outbox.tsx';
import { RoleRevokePage } from './views/role-revoke.tsx';
import { UsersPage } from './views/users.tsx';

export const adminRoutes = new Hono<AppEnv>();
adminRoutes.use(adminOnly);

const roleForm = z.object({ role: z.enum(['resident', 'moderator', 'admin']) });
const neighbourhoodForm = z.object({ name_fr: z.string().trim().min(1).max(80), name_en: z.string().trim().max(80).default('') });

adminRoutes.get('/', async (c) => c.html(<AdminDashboard ctx={pageContext(c)} glance={await loadAtAGlance(c.var.deps.db)} />));

async function renderUsers(c: Context<AppEnv>, error: string | null, status: 200 | 400 = 200) {
  const search = (c.req.query('q') ?? '').trim().slice(0, 100);
  const offset = Math.max(0, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0);
  const { rows, total } = await listPeople(c.var.deps.db, search, offset);
  return c.html(<UsersPage ctx={pageContext(c)} rows={rows} total={total} search={search} offset={offset} pageSize={PAGE_SIZE} error={error} />, status);
}

adminRoutes.get('/users', (c) => renderUsers(c, null));
adminRoutes.post('/users/:id/role', async (c) => {
  const form = await parseForm(c, roleForm, c.var.t);
  if (!form.ok) return renderUsers(c, 'form.invalidChoice', 400);
  const admin = requireAdmin(c.var.user);
  const result = await changeRole(c.var.deps.db, admin, c.req.param('id'), form.data.role, isConfirmed(form.values));
  // Taking a role away is the users page's one step that asks first: nothing changed yet.
  if (!result.ok && 'unconfirmed' in result) return c.html(<RoleRevokePage ctx={pageContext(c)} revocation={result.unconfirmed} self={result.unconfirmed.userId === admin.id} />);
  if (!result.ok) return renderUsers(c, result.error, 400);
  setFlash(c, 'admin.users.changed');
  return c.redirect('/admin/users', 303);
});

adminRoutes.get('/audit', async (c) => {
  const before = c.req.query('before') ?? null;
  const rows = await listAudit(c.var.deps.db, before);
  const last = rows.at(-1);
  const olderHref = rows.length === PAGE_SIZE && last ? `/admin/audit?before=${encodeURIComponent(last.created_at)}` : null;
  const names = await auditTargetNames(c.var.deps.db, rows, c.var.locale);
  return c.html(<AuditPage ctx={pageContext(c)} rows={rows} names={names} olderHref={olderHref} />);
});

adminRoutes.get('/outbox', async (c) => {
  const mails = await listOutbox(c.var.deps.db);
  return c.html(<OutboxPage ctx={pageContext(c)} mails={mails} smtp={Boolean(c.var.deps.config.smtpUrl)} />);
});

async function renderNeighbourhoods(c: Context<AppEnv>, form: FormState, status: 200 | 400 = 200) {
  const rows = await listNeighbourhoods(c.var.deps.db);
  return c.html(<NeighbourhoodsPage ctx={pageContext(c)} rows={rows} form={form} />, status);
}

adminRoutes.get('/neighbourhoods', (c) => renderNeighbourhoods(c, emptyForm()));
adminRoutes.post('/neighbourhoods', async (c) => {
  const form = await parseForm(c, neighbourhoodForm, c.var.t);
  if (!form.ok) return renderNeighbourhoods(c, form, 400);
  const result = await addNeighbourhood(c.var.deps.db, requireAdmin(c.var.user), form.data);
  if (!result.ok) return renderNeighbourhoods(c, { values: form.values, errors: { name_fr: c.var.t('admin.hoods.duplicate') } }, 400);
  setFlash(c, 'admin.hoods.saved');
  return c.redirect('/admin/neighbourhoods', 303);
});
adminRoutes.post('/neighbourhoods/:id', async (c) => {
  const form = await parseForm(c, neighbourhoodForm, c.var.t);
  if (!form.ok) return renderNeighbourhoods(c, { values: form.values, errors: form.errors }, 400);
  const result = await renameNeighbourhood(c.var.deps.db, requireAdmin(c.var.user), c.req.param('id'), form.data);
  if (!result.ok) return renderNeighbourhoods(c, { values: form.values, errors: { name_fr: c.var.t('admin.hoods.duplicate') } }, 400);
  setFlash(c, 'admin.hoods.saved');
  return c.redirect('/admin/neighbourhoods', 303);
});
async function renderHoodDeletion(c: Context<AppEnv>, unconfirmed: boolean, status: 200 | 400 | 409) {
  const hood = await findNeighbourhood(c.var.deps.db, c.req.param('id') ?? '');
  if (!hood) throw notFound();
  const held = await neighbourhoodUse(c.var.deps.db, hood.id);
  return c.html(<NeighbourhoodDeletePage ctx={pageContext(c)} hood={hood} held={held} unconfirmed={unconfirmed} />, status);
}
adminRoutes.get('/neighbourhoods/:id/delete', (c) => renderHoodDeletion(c, false, 200));
adminRoutes.post('/neighbourhoods/:id/delete', async (c) => {
  if (!isConfirmed(await readForm(c))) return renderHoodDeletion(c, true, 400);
  const result = await deleteNeighbourhood(c.var.deps.db, requireAdmin(c.var.user), c.req.param('id'));
  if (!result.ok) return renderHoodDeletion(c, false, 409);
  setFlash(c, 'admin.hoods.deleted');
  return c.redirect('/admin/neighbourhoods', 303);
});
