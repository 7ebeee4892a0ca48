import type { Context } from 'hono';
import type { Locale } from '../../config.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps, AppEnv, CurrentUser } from '../../platform/context.ts';
import { defaultLegalText, type LegalPage } from './default-texts.ts';
import type { LegalTextVariables } from './privacy-policy.ts';
import { findLegalPage, saveLegalPage } from './queries.ts';

/** What the default texts name: the city as its admins set it, and this instance's address. */
export function legalTextVariables(c: Context<AppEnv>): LegalTextVariables {
  return { city: c.var.city?.name ?? c.var.t('app.name'), baseUrl: c.var.deps.config.baseUrl };
}

/** A legal page's text in both languages, as written by the admins or by default, with its version and last edit. */
export async function legalPageTexts(
  deps: AppDeps,
  page: LegalPage,
  vars: LegalTextVariables,
): Promise<{ fr: string; en: string; version: number; updatedAt: string | null }> {
  const stored = await findLegalPage(deps.db, page);
  if (stored) return { fr: stored.body_fr, en: stored.body_en, version: stored.version, updatedAt: stored.updated_at };
  return { fr: defaultLegalText(page, 'fr', vars), en: defaultLegalText(page, 'en', vars), version: 1, updatedAt: null };
}


/** Saves an admin's text of a legal page and records it in the audit log, in one transaction. */
export async function editLegalPage(deps: AppDeps, admin: CurrentUser, page: LegalPage, body: { body_fr: string; body_en: string }, askAgain: boolean): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const version = await saveLegalPage(trx, page, body, askAgain, admin.id);
    await recordAudit(trx, { userId: admin.id }, 'legal.edit', { type: 'legal_page', id: page }, { version, askAgain });
  });
}
