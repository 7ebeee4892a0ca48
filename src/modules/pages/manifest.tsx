import { z } from 'zod';
import { formatDate, localized } from '../../platform/i18n/index.ts';
import { TextArea } from '../../web/form.tsx';
import { componentSettingsFor, defineComponent } from '../processes/index.ts';
import { LocalizedProse } from '../../web/localized-text.tsx';
import { findPageContent, savePageContent } from './queries.ts';

const contentSchema = z.object({
  body_fr: z.string().trim().min(1).max(20_000),
  body_en: z.string().trim().max(20_000).default(''),
});

const settingsSchemas = {
  type: 'page',
  // Shows the process's phases under the text, for pages that explain the calendar.
  globalSettings: z.object({ showPhases: z.boolean().default(false) }),
  // A short notice shown above the text while that phase runs ("Vote closes Friday").
  phaseSettings: z.object({ notice: z.string().trim().max(200).default('') }),
};

/** The "page" component: an information page written in a small Markdown subset, in French and English. */
export const pageComponent = defineComponent({
  nameKey: 'components.page.name',
  ...settingsSchemas,
  actions: { read: { permission: 'visitor' } },
  async renderPublic(c, component, detail) {
    const { locale, t } = c.var;
    const content = await findPageContent(c.var.deps.db, component.id);
    const body = localized(locale, content.body_fr, content.body_en);
    const { global, phase } = componentSettingsFor(component, detail.current?.id ?? null, settingsSchemas);
    const settings = { ...global, ...phase };
    return (
      <>
        {settings.notice && <p class="notice">{settings.notice}</p>}
        {body ? <LocalizedProse locale={locale} t={t} fr={content.body_fr} en={content.body_en} /> : <p>{t('components.page.empty')}</p>}
        {settings.showPhases && detail.phases.length > 0 && (
          <section aria-labelledby="page-phases">
            <h2 id="page-phases">{t('components.page.phases')}</h2>
            <ul>
              {detail.phases.map((p) => (
                <li>{t('common.labelled', { label: localized(locale, p.name_fr, p.name_en), value: `${formatDate(locale, p.starts_on)} – ${formatDate(locale, p.ends_on)}` })}</li>
              ))}
            </ul>
          </section>
        )}
      </>
    );
  },
  content: {
    schema: contentSchema,
    async load(db, componentId) {
      return findPageContent(db, componentId);
    },
    async save(trx, componentId, data) {
      const parsed = contentSchema.parse(data);
      await savePageContent(trx, componentId, parsed);
    },
    renderAdmin(ctx, state) {
      const { t } = ctx;
      return (
        <fieldset>
          <legend>{t('components.page.content')}</legend>
          <p class="hint">{t('components.page.syntax')}</p>
          <TextArea state={state} name="body_fr" label={t('components.page.content.body_fr')} required t={t} rows={12} />
          <TextArea state={state} name="body_en" label={t('components.page.content.body_en')} hint={t('components.page.bodyEnHint')} t={t} rows={12} />
        </fieldset>
      );
    },
  },
});
