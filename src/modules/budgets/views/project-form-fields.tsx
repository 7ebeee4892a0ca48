import type { FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ProposalLink } from '../project-links.ts';

const checkedValues = (state: FormState, name: string): string[] => {
  const v = state.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** The proposals of the process as checkboxes (no script needed): the ones this project comes from. */
export function ProposalChoices(props: { ctx: PageContext; state: FormState; proposals: ProposalLink[] }) {
  const { ctx, state, proposals } = props;
  const { t } = ctx;
  const error = state.errors.proposals;
  const picked = new Set(checkedValues(state, 'proposals'));
  return (
    <fieldset id="field-proposals" tabindex={-1} class={error ? 'has-error' : undefined} aria-describedby="hint-proposals">
      <legend>{t('budgets.projectForm.proposals')}</legend>
      <p class="hint" id="hint-proposals">{t(proposals.length ? 'budgets.projectForm.proposalsHint' : 'budgets.projectForm.noProposals')}</p>
      {error && <p class="field-error" id="error-proposals">{error}</p>}
      {proposals.map((p) => (
        <div class="field checkbox">
          <input type="checkbox" id={`proposal-${p.id}`} name="proposals" value={p.id} checked={picked.has(p.id)} />
          <label for={`proposal-${p.id}`}>{p.title}</label>
        </div>
      ))}
    </fieldset>
  );
}
