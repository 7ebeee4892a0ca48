import type { AppDeps } from '../../platform/context.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { EntryType } from './fields.ts';
import { entryName } from './present.ts';
import { findEntry } from './queries.ts';

/** Tells the accountable department, at its contact address, that a resident asked a public question; a mail failure is logged, never thrown. */
export async function mailDepartmentOfQuestion(deps: Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log'>, type: EntryType, entryId: string, questionId: string, body: string): Promise<void> {
  try {
    const entry = await findEntry(deps.db, type, entryId);
    const department = entry && (await deps.db.selectFrom('register_department').select(['email']).where('id', '=', entry.department_id).executeTakeFirst());
    if (!entry || !department?.email) return;
    // Departments work in the city's default language.
    const t = translator(deps.config.defaultLocale);
    const url = `${deps.config.baseUrl}/registers/${type}s/${entryId}#question-${questionId}`;
    await deps.mailer.send({
      to: department.email,
      subject: t('registers.mail.subject', { entry: entryName(deps.config.defaultLocale, entry) }),
      text: t('registers.mail.text', { body, url }),
    });
  } catch (err) {
    deps.log.error({ err, questionId }, 'could not tell the department of a register question');
  }
}
