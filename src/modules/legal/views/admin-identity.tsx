import { CheckboxField, ErrorSummary, TextField, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { UploadedImage } from '../../../web/uploaded-image.tsx';

/** The city's name and logo: shown in every page's header and title, the emails and the printed signs. */
export function AdminIdentityPage(props: { ctx: PageContext; form: FormState; logoUploadId: string | null }) {
  const { ctx, form } = props;
  const { t } = ctx;
  const error = form.errors.logo;
  const labels = { name: t('legal.identity.name'), logo: t('legal.identity.logo') };
  return (
    <Layout ctx={ctx} title={t('legal.identity.title')}>
      <h1>{t('legal.identity.title')}</h1>
      <p class="lead">{t('legal.identity.intro')}</p>
      <form method="post" action="/admin/city" enctype="multipart/form-data" class="stacked" novalidate>
        <ErrorSummary state={form} t={t} labels={labels} />
        <TextField state={form} name="name" label={labels.name} hint={t('legal.identity.nameHint')} required maxlength={80} t={t} />
        <div class={error ? 'field has-error' : 'field'}>
          <label for="field-logo">
            {labels.logo}
            <span class="optional"> ({t('form.optional')})</span>
          </label>
          <p class="hint" id="hint-logo">{t('legal.identity.logoHint')}</p>
          {error && <p class="field-error" id="error-logo">{error}</p>}
          <input type="file" id="field-logo" name="logo" accept="image/png,image/jpeg,image/webp" aria-describedby={error ? 'hint-logo error-logo' : 'hint-logo'} aria-invalid={error ? 'true' : undefined} />
        </div>
        {props.logoUploadId && (
          <>
            <p>{t('legal.identity.currentLogo')}</p>
            <UploadedImage id={props.logoUploadId} alt={t('legal.identity.currentLogoAlt')} width={160} />
            <CheckboxField state={form} name="removeLogo" label={t('legal.identity.removeLogo')} />
          </>
        )}
        <button type="submit">{t('legal.admin.save')}</button>
      </form>
    </Layout>
  );
}
