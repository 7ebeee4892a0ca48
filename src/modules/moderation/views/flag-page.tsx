import { safeLocalPath } from '../../../platform/safe-path.ts';
import { ErrorSummary, type FormState } from '../../../web/form.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { FlagFields } from './flag-form.tsx';

/** The flag form on a page of its own, shown again with its problem when a flag is refused. */
export function FlagPage(props: { ctx: PageContext; state: FormState; resourceTitle: string }) {
  const { t } = props.ctx;
  const v = (name: string) => {
    const value = props.state.values[name];
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  };
  // Shown as a link: only a path on this site (anything else is dropped, and the redirect falls back to home).
  const returnTo = safeLocalPath(v('return_to'), '');
  return (
    <Layout ctx={props.ctx} title={t('moderation.flag.pageTitle')}>
      <h1>{t('moderation.flag.pageTitle')}</h1>
      <p>{t('moderation.flag.about', { title: props.resourceTitle || t('moderation.flag.hiddenTitle') })}</p>
      {props.state.errors._form && <p class="field-error" role="alert">{props.state.errors._form}</p>}
      <ErrorSummary state={{ ...props.state, errors: Object.fromEntries(Object.entries(props.state.errors).filter(([k]) => k !== '_form')) }} t={t} labels={{ reason: t('moderation.flag.reason'), text: t('moderation.flag.text') }} />
      <form method="post" action="/moderation/flag" class="stacked">
        <input type="hidden" name="resource_type" value={v('resource_type')} />
        <input type="hidden" name="resource_id" value={v('resource_id')} />
        <input type="hidden" name="return_to" value={returnTo} />
        <FlagFields ctx={props.ctx} state={props.state} />
        <button type="submit">{t('moderation.flag.submit')}</button>
      </form>
      {returnTo && <p><a href={returnTo}>{t('moderation.flag.back')}</a></p>}
    </Layout>
  );
}
