import type { PageContext } from '../../../web/layout.tsx';
import { Localized } from '../../../web/localized-text.tsx';
import type { BudgetRow, ProjectRow } from '../queries.ts';

// Titles printed in a page's text: a French-only title on an English page is marked lang="fr" and "(in French)".
// `budgetTitle`/`projectTitle` (format.ts) stay for page titles and attributes, where no markup can go.

/** A budget's title as page text, in the reader's language or marked as French. */
export const BudgetTitle = (props: { ctx: PageContext; budget: Pick<BudgetRow, 'title_fr' | 'title_en'> }) => <Localized ctx={props.ctx} fr={props.budget.title_fr} en={props.budget.title_en} />;

/** A project's title as page text, in the reader's language or marked as French. */
export const ProjectTitle = (props: { ctx: PageContext; project: Pick<ProjectRow, 'title_fr' | 'title_en'> }) => <Localized ctx={props.ctx} fr={props.project.title_fr} en={props.project.title_en} />;
