import { formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { BudgetRow, ProjectRow } from '../queries.ts';

/** An amount in the budget's currency, without cents (budgets and costs are whole units). */
export function money(ctx: PageContext, amount: number, currency: string): string {
  try {
    return formatNumber(ctx.locale, amount, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  } catch {
    return `${formatNumber(ctx.locale, amount)} ${currency}`;
  }
}

/** A budget's title in the reader's language. */
export const budgetTitle = (ctx: PageContext, b: BudgetRow): string => localized(ctx.locale, b.title_fr, b.title_en);

/** A project's title in the reader's language. */
export const projectTitle = (ctx: PageContext, p: ProjectRow): string => localized(ctx.locale, p.title_fr, p.title_en);
