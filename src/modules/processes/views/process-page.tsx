import type { Child } from 'hono/jsx';
import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { Localized, LocalizedProse, LocalizedText, localizedPlain, otherLanguage } from '../../../web/localized-text.tsx';
import { findManifest, type ComponentTypes } from '../components/registry.ts';
import type { ProcessDetail } from '../types.ts';
import { PhaseTimeline } from './phase-timeline.tsx';
import { UploadedImage } from '../../../web/uploaded-image.tsx';
import { AttachmentGallery, type AttachmentView } from '../../attachments/index.ts';

/** Where a process applies: the whole city or its neighbourhoods. */
export function ScopeLine(props: { ctx: PageContext; detail: ProcessDetail }) {
  const { ctx, detail } = props;
  const names = detail.neighbourhoods.map((n, i) => <>{i > 0 && ', '}<Localized ctx={ctx} fr={n.name_fr} en={n.name_en} /></>);
  return (
    <p class="meta">
      {ctx.t('processes.page.scope')} {detail.process.scope === 'city' || names.length === 0 ? ctx.t('common.wholeCity') : names}
    </p>
  );
}

/** The public page of a process: hero image, summary, body, phases and components (with each one's live summary, if it gives one). */
export function ProcessPage(props: { ctx: PageContext; detail: ProcessDetail; types: ComponentTypes; summaries?: Map<string, Child>; attachments?: AttachmentView[] }) {
  const { ctx, detail } = props;
  const { t, locale } = ctx;
  const p = detail.process;
  const title = localizedPlain(ctx, p.title_fr, p.title_en);
  const components = detail.components.filter((c) => findManifest(props.types, c.type));
  return (
    <Layout ctx={ctx} title={title}>
      {p.published !== 1 && <p class="notice">{t('processes.page.draftNotice')}</p>}
      <h1><LocalizedText locale={locale} t={t} fr={p.title_fr} en={p.title_en} /></h1>
      {p.hero_upload_id && <UploadedImage id={p.hero_upload_id} alt={localized(locale, p.hero_alt_fr, p.hero_alt_en)} lang={otherLanguage(locale, p.hero_alt_fr, p.hero_alt_en)} />}
      <p class="lead"><LocalizedText locale={locale} t={t} fr={p.summary_fr} en={p.summary_en} /></p>
      <ScopeLine ctx={ctx} detail={detail} />
      {detail.closed && <p class="notice">{t('processes.page.closed')}</p>}
      <LocalizedProse locale={locale} t={t} fr={p.body_fr} en={p.body_en} />
      <AttachmentGallery ctx={ctx} attachments={props.attachments ?? []} headingId="attachments-title" />
      <section aria-labelledby="phases-title">
        <h2 id="phases-title">{t('processes.page.phases')}</h2>
        <PhaseTimeline ctx={ctx} phases={detail.phases} current={detail.current} />
      </section>
      <section aria-labelledby="components-title">
        <h2 id="components-title">{t('processes.page.components')}</h2>
        {components.length === 0 ? (
          <p>{t('processes.page.noComponents')}</p>
        ) : (
          <ul>
            {components.map((c) => (
              <li>
                <a href={`/processes/${p.slug}/c/${c.id}`}><Localized ctx={ctx} fr={c.name_fr} en={c.name_en} /></a>
                {c.published !== 1 && <> <span class="badge draft">{t('processes.component.unpublished')}</span></>}
                {props.summaries?.get(c.id)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
