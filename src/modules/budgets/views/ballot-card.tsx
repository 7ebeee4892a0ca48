import type { Child } from 'hono/jsx';
import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { neighbourhoodName, type BudgetContext } from '../budget-context.ts';
import type { ProjectRow } from '../queries.ts';
import { categoryLabel } from './category.ts';
import { money, projectTitle } from './format.ts';
import { CardThumbnail } from '../../attachments/index.ts';
import { ProjectTitle } from './titles.tsx';
import { otherLanguage } from '../../../web/localized-text.tsx';

// About two lines of a phone-width card; CSS clamps to two lines, this keeps a long description from weighing on the page.
const summaryLength = 160;

/** The start of a description, cut at a word and ended with "…" when longer than a card's two lines. */
export function projectSummary(description: string, length = summaryLength): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Cost, neighbourhood (or the whole city) and category of a project, in one line. */
export function projectFacts(ctx: PageContext, b: BudgetContext, p: ProjectRow): string {
  const hood = neighbourhoodName(b.neighbourhoods, p.neighbourhood_id, ctx.locale) ?? ctx.t('budgets.scope.city');
  return [money(ctx, p.cost, b.budget.currency), hood, categoryLabel(ctx, p.category)].filter(Boolean).join(' · ');
}

/**
 * A project on the ballot as a card: its control (checkbox or points) beside the title, the facts, a two-line
 * summary, its first image and a link to the project page that opens in a new tab, so the choices made so far stay.
 */
export function BallotCard(props: { ctx: PageContext; b: BudgetContext; project: ProjectRow; control?: Child; title?: Child; error?: string; errorId?: string }) {
  const { ctx, b, project: p } = props;
  const { t } = ctx;
  const id = `card-${p.ref}`;
  const summary = projectSummary(localized(ctx.locale, p.description_fr, p.description_en));
  const title = projectTitle(ctx, p);
  return (
    <li class={props.error ? 'ballot-card field has-error' : 'ballot-card'}>
      <div class="ballot-card-head">
        {props.control}
        {props.title ?? <strong><ProjectTitle ctx={ctx} project={p} /></strong>}
      </div>
      {props.error && <p class="field-error" id={props.errorId}>{props.error}</p>}
      <p class="hint" id={`${id}-facts`}>{projectFacts(ctx, b, p)}</p>
      {summary && <p class="ballot-card-summary" id={`${id}-summary`} lang={otherLanguage(ctx.locale, p.description_fr, p.description_en)}>{summary}</p>}
      <CardThumbnail ctx={ctx} image={b.thumbnails.get(p.id)} />
      <p class="ballot-card-link">
        <a href={`/budgets/${b.budget.id}/projects/${p.id}`} target="_blank" rel="noopener">
          {t('budgets.card.more')} {t('budgets.card.newTab')}
          <span class="visually-hidden"> — {t('budgets.card.of', { title })}</span>
        </a>
      </p>
    </li>
  );
}

/** The ids a card's control points to with aria-describedby: its facts and its summary when there is one. */
export function cardDescription(ctx: PageContext, p: ProjectRow): string {
  const id = `card-${p.ref}`;
  return localized(ctx.locale, p.description_fr, p.description_en).trim() ? `${id}-facts ${id}-summary` : `${id}-facts`;
}
