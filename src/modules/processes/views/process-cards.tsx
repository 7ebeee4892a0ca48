import { formatDate, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { Localized, LocalizedText } from '../../../web/localized-text.tsx';
import { processSpan } from '../current-phase.ts';
import type { ProcessSummary } from '../types.ts';

/** "from … to …" for a pair of ISO days, in the page's language. */
export function dateRange(ctx: PageContext, startsOn: string, endsOn: string): string {
  return ctx.t('processes.dates', { start: formatDate(ctx.locale, startsOn), end: formatDate(ctx.locale, endsOn) });
}

function PhaseLine(props: { ctx: PageContext; item: ProcessSummary }) {
  const { ctx, item } = props;
  const { t, locale } = ctx;
  if (item.closed) return <p class="meta">{t('processes.card.closed')}</p>;
  if (!item.current) return <p class="meta">{t('processes.card.noCurrentPhase')}</p>;
  return (
    <p class="meta">
      {t('processes.card.currentPhase')} <strong><Localized ctx={ctx} fr={item.current.name_fr} en={item.current.name_en} /></strong>
      {` (${dateRange(ctx, item.current.starts_on, item.current.ends_on)})`}
    </p>
  );
}

/** A list of process cards: title, summary, current phase and dates. `hrefFor` picks public or admin links. */
export function ProcessCards(props: { ctx: PageContext; items: ProcessSummary[]; hrefFor?: (item: ProcessSummary) => string; showDraft?: boolean }) {
  const { ctx, items } = props;
  const { t, locale } = ctx;
  const hrefFor = props.hrefFor ?? ((item: ProcessSummary) => `/processes/${item.process.slug}`);
  return (
    <ul class="cards">
      {items.map((item) => {
        const span = processSpan(item.phases);
        return (
          <li class="card">
            <h3>
              <a href={hrefFor(item)}><LocalizedText locale={locale} t={t} fr={item.process.title_fr} en={item.process.title_en} /></a>
            </h3>
            {props.showDraft && item.process.published !== 1 && <p><span class="badge draft">{t('processes.draft')}</span></p>}
            <p><LocalizedText locale={locale} t={t} fr={item.process.summary_fr} en={item.process.summary_en} /></p>
            <PhaseLine ctx={ctx} item={item} />
            {span && <p class="meta">{t('processes.card.span', { range: dateRange(ctx, span.startsOn, span.endsOn) })}</p>}
          </li>
        );
      })}
    </ul>
  );
}
