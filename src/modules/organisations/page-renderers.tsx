import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { membersPage } from './membership-service.ts';
import { organisationPage } from './service.ts';
import { MembersPage } from './views/members-page.tsx';
import { OrganisationPage } from './views/organisation-page.tsx';

type Status = 200 | 400 | 409;

/** Renders an organisation's public page, optionally with a refusal explained at the top. */
export async function renderOrganisationPage(c: Context<AppEnv>, slug: string, status: Status = 200, problem: string | null = null) {
  const page = await organisationPage(c.var.deps.db, c.var.user, slug);
  return c.html(<OrganisationPage ctx={pageContext(c)} page={page} problem={problem} />, status);
}

/** Renders the members page (owners and admins only), with the invitation form's state. */
export async function renderMembersPage(c: Context<AppEnv>, slug: string, options: { status?: Status; problem?: string | null; invite?: FormState } = {}) {
  const page = await membersPage(c.var.deps.db, c.var.user, slug);
  return c.html(<MembersPage ctx={pageContext(c)} page={page} invite={options.invite ?? emptyForm()} problem={options.problem ?? null} />, options.status ?? 200);
}

/** Translates a service's refusal (catalog keys per field) into messages for a form. */
export function translateErrors(c: Context<AppEnv>, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, c.var.t(key)]));
}
