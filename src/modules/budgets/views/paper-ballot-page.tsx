import { localized } from '../../../platform/i18n/index.ts';
import { ErrorSummary, SelectField, TextField, type FormState } from '../../../web/form.tsx';
import { BallotBar } from './ballot-bar.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { BudgetContext } from '../budget-context.ts';
import { ballotDataAttributes, BallotFields, ballotInstructions } from './ballot-fields.tsx';
import { budgetTitle } from './format.ts';
import { BudgetTitle } from './titles.tsx';
import { localizedOption } from '../../../web/localized-text.tsx';

/** The help-desk form: who the voter is (checked identity), then their paper ballot copied in. */
export function PaperBallotPage(props: { ctx: PageContext; b: BudgetContext; state: FormState }) {
  const { ctx, b, state } = props;
  const { t, locale } = ctx;
  const title = t('budgets.paper.title', { budget: budgetTitle(ctx, b.budget) });
  const labels = { voter_email: t('budgets.paper.email'), identity_reference: t('budgets.paper.reference'), birth_date: t('budgets.paper.birthDate'), neighbourhood_id: t('budgets.paper.neighbourhood'), _form: t('budgets.ballot.choices') };
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={`/admin/budgets/${b.budget.id}`}><BudgetTitle ctx={ctx} budget={b.budget} /></a></p>
      <h1>{title}</h1>
      <p>{t('budgets.paper.intro')}</p>
      <ErrorSummary state={state} t={t} labels={labels} />
      <form method="post" class="stacked ballot" action={`/admin/budgets/${b.budget.id}/paper`} {...ballotDataAttributes(ctx, b)}>
        <fieldset>
          <legend>{t('budgets.paper.voter')}</legend>
          <TextField state={state} name="voter_email" type="email" label={t('budgets.paper.email')} hint={t('budgets.paper.emailHint')} t={t} autocomplete="off" />
          <TextField state={state} name="identity_reference" label={t('budgets.paper.reference')} hint={t('budgets.paper.referenceHint')} t={t} autocomplete="off" />
          <TextField state={state} name="birth_date" label={t('budgets.paper.birthDate')} hint={t('budgets.paper.birthDateHint')} t={t} autocomplete="off" maxlength={10} />
          <SelectField
            state={state}
            name="neighbourhood_id"
            label={t('budgets.paper.neighbourhood')}
            t={t}
            options={[{ value: '', label: t('budgets.paper.neighbourhoodUnknown') }, ...b.neighbourhoods.map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))]}
          />
        </fieldset>
        <p>{ballotInstructions(ctx, b)}</p>
        <BallotBar ctx={ctx} b={b} values={state.values} />
        <BallotFields ctx={ctx} b={b} state={state} />
        <p class="actions"><button type="submit">{t('budgets.paper.submit')}</button></p>
      </form>
      <script src="/static/budget-ballot.js" defer></script>
    </Layout>
  );
}
