import type { Child } from 'hono/jsx';
import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { ComponentRow, ProcessDetail } from '../types.ts';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';

/** The frame of a component's public page: a way back to its process, its name, then what the component draws. */
export function ComponentPage(props: { ctx: PageContext; detail: ProcessDetail; component: ComponentRow; children: Child }) {
  const { ctx, detail, component } = props;
  const { t, locale } = ctx;
  const p = detail.process;
  const name = localizedPlain(ctx, component.name_fr, component.name_en);
  return (
    <Layout ctx={ctx} title={name}>
      <nav aria-label={t('processes.component.breadcrumb')}>
        <p><a href={`/processes/${p.slug}`}><Localized ctx={ctx} fr={p.title_fr} en={p.title_en} /></a></p>
      </nav>
      {p.published !== 1 && <p class="notice">{t('processes.page.draftNotice')}</p>}
      {component.published !== 1 && <p class="notice">{t('processes.component.unpublishedNotice')}</p>}
      <h1><Localized ctx={ctx} fr={component.name_fr} en={component.name_en} /></h1>
      {props.children}
    </Layout>
  );
}
