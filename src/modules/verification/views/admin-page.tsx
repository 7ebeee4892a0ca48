import { CheckboxField, ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { CensusLineError } from '../census-file.ts';
import type { VerificationSettings } from '../register.ts';
import { shortDate } from './status.tsx';
import { PostButton } from '../../../web/post-button.tsx';

/** What the admin page shows. */
export interface AdminPageData {
  settings: VerificationSettings;
  waitingLetters: number;
  staff: { id: string; name: string; email: string }[];
  verifiedCount: number;
}

function CensusSection(props: { ctx: PageContext; data: AdminPageData; censusErrors: CensusLineError[] }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const s = data.settings;
  return (
    <section aria-labelledby="census-admin">
      <h2 id="census-admin">{t('verification.admin.census')}</h2>
      <p>{s.censusImportedAt ? t('verification.admin.censusStatus', { rows: s.censusRows, date: shortDate(ctx, s.censusImportedAt) }) : t('verification.admin.censusNone')}</p>
      <p class="hint">{t('verification.admin.censusFormat')}</p>
      {props.censusErrors.length > 0 && (
        <div class="error-summary" role="alert">
          <p>{t('verification.admin.censusRefused')}</p>
          <ul>
            {props.censusErrors.map((e) => (
              <li>{t('verification.admin.censusLine', { line: e.line, problem: t(e.key) })}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/admin/verification/census" enctype="multipart/form-data" class="stacked">
        <div class="field">
          <label for="field-file">{t('verification.admin.censusFile')}</label>
          <p class="hint" id="hint-file">{t('verification.admin.censusFileHint')}</p>
          <input type="file" id="field-file" name="file" accept=".csv,text/csv" required aria-describedby="hint-file" />
        </div>
        <p class="actions"><button type="submit">{t('verification.admin.censusUpload')}</button></p>
      </form>
    </section>
  );
}

/** `/admin/verification`: methods and validity, the census file, letters to print, help-desk staff. */
export function AdminPage(props: { ctx: PageContext; data: AdminPageData; settingsForm: FormState; staffForm: FormState; censusErrors: CensusLineError[] }) {
  const { ctx, data } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('verification.admin.title')}>
      <h1>{t('verification.admin.title')}</h1>
      <p>{t('verification.admin.intro', { count: data.verifiedCount })}</p>
      <section aria-labelledby="methods-admin">
        <h2 id="methods-admin">{t('verification.admin.methods')}</h2>
        <ErrorSummary state={props.settingsForm} t={t} labels={{ validity_days: t('verification.admin.validity') }} />
        <form method="post" action="/admin/verification/settings" class="stacked">
          <CheckboxField state={props.settingsForm} name="census_enabled" label={t('verification.method.census')} />
          <CheckboxField state={props.settingsForm} name="letter_enabled" label={t('verification.method.letter')} />
          <CheckboxField state={props.settingsForm} name="desk_enabled" label={t('verification.method.desk')} />
          <TextField state={props.settingsForm} name="validity_days" type="number" label={t('verification.admin.validity')} required t={t} />
          <p class="actions"><button type="submit">{t('form.save')}</button></p>
        </form>
      </section>
      <CensusSection ctx={ctx} data={data} censusErrors={props.censusErrors} />
      <section aria-labelledby="letters-admin">
        <h2 id="letters-admin">{t('verification.admin.letters')}</h2>
        <p>{t('verification.admin.lettersWaiting', { count: data.waitingLetters })}</p>
        {data.waitingLetters > 0 && (
          <form method="post" action="/admin/verification/letters/print">
            <p class="hint">{t('verification.admin.lettersPrintHint')}</p>
            <button type="submit">{t('verification.admin.lettersPrint')}</button>
          </form>
        )}
      </section>
      <section aria-labelledby="desk-admin">
        <h2 id="desk-admin">{t('verification.admin.desk')}</h2>
        <p><a href="/verification/desk">{t('verification.desk.pageTitle')}</a></p>
        {data.staff.length === 0 ? (
          <p>{t('verification.admin.deskNone')}</p>
        ) : (
          <ul>
            {data.staff.map((s) => (
              <li>
                {`${s.name} (${s.email}) `}
                <PostButton action={`/admin/verification/desk/${s.id}/revoke`} label={t('verification.admin.deskRevoke')} />
              </li>
            ))}
          </ul>
        )}
        <form method="post" action="/admin/verification/desk" class="stacked">
          <TextField state={props.staffForm} name="email" type="email" label={t('verification.admin.deskEmail')} required t={t} maxlength={200} />
          <p class="actions"><button type="submit">{t('verification.admin.deskGrant')}</button></p>
        </form>
      </section>
    </Layout>
  );
}
