import { CheckboxField, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ProposalLink } from '../project-links.ts';
import type { ProjectRow } from '../queries.ts';
import { UploadedImage } from '../../../web/uploaded-image.tsx';

const checkedValues = (state: FormState, name: string): string[] => {
  const v = state.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** The optional project image: the current one with a "remove" box, a file field, and its alt text in both languages. */
export function ProjectImageFields(props: { ctx: PageContext; state: FormState; project: ProjectRow | null }) {
  const { ctx, state, project } = props;
  const { t } = ctx;
  const error = state.errors.image;
  return (
    <fieldset>
      <legend>{t('budgets.projectForm.image')}</legend>
      {project?.image_upload_id && (
        <>
          <p>{t('budgets.projectForm.currentImage')}</p>
          <UploadedImage id={project.image_upload_id} alt={project.image_alt_fr} width={320} />
          <CheckboxField state={state} name="remove_image" label={t('budgets.projectForm.removeImage')} />
        </>
      )}
      <div class={error ? 'field has-error' : 'field'}>
        <label for="field-image">
          {t('budgets.projectForm.imageFile')}
          <span class="optional"> ({t('form.optional')})</span>
        </label>
        <p class="hint" id="hint-image">{t('budgets.projectForm.imageHint')}</p>
        {error && <p class="field-error" id="error-image">{error}</p>}
        <input type="file" id="field-image" name="image" accept="image/png,image/jpeg,image/webp" aria-describedby={error ? 'hint-image error-image' : 'hint-image'} aria-invalid={error ? 'true' : undefined} />
      </div>
      <TextField state={state} name="image_alt_fr" label={t('budgets.projectForm.imageAltFr')} hint={t('budgets.projectForm.imageAltHint')} t={t} maxlength={200} />
      <TextField state={state} name="image_alt_en" label={t('budgets.projectForm.imageAltEn')} t={t} maxlength={200} />
    </fieldset>
  );
}

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
