import { formatDate } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { BudgetStage } from '../stage.ts';

/** What a voter was told about their own ballot: they voted, and whether they may still change it. */
export interface OwnVote {
  allowChanges: boolean;
}

/** The sentence that says where a budget stands (dates in the reader's language). */
export function stageSentence(ctx: PageContext, stage: BudgetStage): string {
  const { t, locale } = ctx;
  const date = (iso: string) => formatDate(locale, iso);
  switch (stage.kind) {
    case 'unscheduled':
      return t('budgets.stage.unscheduled');
    case 'upcoming':
      return stage.opensOn ? t('budgets.stage.upcoming', { date: date(stage.opensOn) }) : t('budgets.stage.upcomingNoDate');
    case 'open':
      return stage.closesOn ? t('budgets.stage.open', { date: date(stage.closesOn) }) : t('budgets.stage.openUntilClosed');
    case 'counting':
      return stage.closedOn ? t('budgets.stage.counting', { date: date(stage.closedOn) }) : t('budgets.stage.countingNoDate');
    case 'published':
      return t('budgets.stage.published', { date: date(stage.publishedAt) });
  }
}

/**
 * Where things stand, always shown on a budget's page: when voting opens or closes, that counting
 * is under way, when results were published; and for someone who voted, that their ballot counts and
 * how to change it with their receipt while voting is open. Shown on the budget page and on the ballot
 * (`onBallot`: no link to the ballot the reader is already on).
 */
export function StageNotice(props: { ctx: PageContext; stage: BudgetStage; ownVote: OwnVote | null; budgetId: string; onBallot?: boolean }) {
  const { ctx, stage, ownVote } = props;
  const { t } = ctx;
  const open = stage.kind === 'open';
  return (
    <section class={open ? 'notice' : 'flash'} aria-labelledby="stage-title">
      <h2 id="stage-title" class="visually-hidden">{t('budgets.stage.title')}</h2>
      <p>
        {stageSentence(ctx, stage)}
        {stage.kind === 'published' && <>{' '}<a href={`/budgets/${props.budgetId}/results`}>{t('budgets.list.results')}</a></>}
      </p>
      {ownVote && (
        <p>
          {t('budgets.stage.voted')}{' '}
          {open && (ownVote.allowChanges ? t('budgets.stage.changeWithReceipt') : t('budgets.stage.final'))}
          {open && ownVote.allowChanges && !props.onBallot && <>{' '}<a href={`/budgets/${props.budgetId}/ballot`}>{t('budgets.stage.changeBallot')}</a></>}
        </p>
      )}
    </section>
  );
}
