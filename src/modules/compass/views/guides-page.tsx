import { formatDate, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { ErrorSummary, TextArea, TextField, type FormState } from '../../../web/form.tsx';
import type { GuideTheme } from '../interviews/guide-format.ts';
import type { GuideWithVersions } from '../interviews/guide-service.ts';
import { CompassLayout } from './frame.tsx';

/** A guide's themes, questions and follow-ups as a nested list. */
export function GuideOutline(props: { ctx: PageContext; themes: GuideTheme[] }) {
  const l = (x: { fr: string; en: string }) => localized(props.ctx.locale, x.fr, x.en);
  return (
    <ol>
      {props.themes.map((theme) => (
        <li class="guide-theme">
          <strong>{l(theme)}</strong>
          <ul>
            {theme.questions.map((q) => (
              <li>
                {l(q)}
                {q.followUps.length > 0 && <ul>{q.followUps.map((f) => <li><em>{l(f)}</em></li>)}</ul>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The interview guides, each with its versions; a form adds a guide or a new version of one. */
export function GuidesPage(props: { ctx: PageContext; guides: GuideWithVersions[]; form: FormState; editing: GuideWithVersions | null }) {
  const { ctx, form, editing } = props;
  const { t, locale } = ctx;
  const labels = { title_fr: t('compass.guide.title_fr'), title_en: t('compass.guide.title_en'), body: t('compass.guide.body') };
  const action = editing ? `/compass/guides/${editing.id}` : '/compass/guides';
  return (
    <CompassLayout ctx={ctx} title={t('compass.guides.title')}>
      <h1>{t('compass.guides.title')}</h1>
      <p class="lead">{t('compass.guides.lead')}</p>
      {props.guides.map((g) => (
        <section aria-labelledby={`guide-${g.id}`}>
          <h2 id={`guide-${g.id}`}>{localized(locale, g.title_fr, g.title_en)} — {t('compass.guide.version', { n: g.versions[0].version })}</h2>
          <p class="meta">{t('compass.guide.versions', { n: g.versions.length, date: formatDate(locale, g.versions[0].created_at) })} · <a href={`/compass/guides/${g.id}`}>{t('compass.guide.newVersion')}</a></p>
          <GuideOutline ctx={ctx} themes={g.themes} />
        </section>
      ))}
      <h2>{editing ? t('compass.guide.newVersionOf', { title: localized(locale, editing.title_fr, editing.title_en) }) : t('compass.guide.add')}</h2>
      <ErrorSummary state={form} t={t} labels={labels} />
      <form method="post" action={action} class="stacked" novalidate>
        {!editing && <TextField state={form} name="title_fr" label={labels.title_fr} required maxlength={200} t={t} />}
        {!editing && <TextField state={form} name="title_en" label={labels.title_en} required maxlength={200} t={t} />}
        <TextArea state={form} name="body" label={labels.body} hint={t('compass.guide.bodyHint')} required rows={14} maxlength={50000} t={t} />
        <p><button type="submit">{t('form.save')}</button></p>
      </form>
    </CompassLayout>
  );
}
