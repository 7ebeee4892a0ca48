import { MAX_IMAGE_BYTES } from '../../../platform/uploads.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import { CheckboxField, TextField, type FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { UploadedImage } from '../../../web/uploaded-image.tsx';
import { attachmentFields as names } from '../form.ts';
import { attachmentLimits } from '../limits.ts';
import type { AttachmentView } from '../queries.ts';
import { DocumentLink } from './gallery.tsx';

/**
 * Which alt texts a form asks for: `author` one text in the writer's language (a resident's proposal,
 * like its title), `both` French (required) and English (a city page, bilingual like the rest of it).
 */
export type AltLanguages = 'author' | 'both';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

function FileField(props: { t: Translate; state: FormState; name: string; label: string; accept: string; hint?: string }) {
  const error = props.state.errors[props.name];
  const described = [props.hint && `hint-${props.name}`, error && `error-${props.name}`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={`field-${props.name}`}>
        {props.label}
        <span class="optional"> ({props.t('form.optional')})</span>
      </label>
      {props.hint && <p class="hint" id={`hint-${props.name}`}>{props.hint}</p>}
      {error && <p class="field-error" id={`error-${props.name}`}>{error}</p>}
      <input type="file" id={`field-${props.name}`} name={props.name} accept={props.accept} aria-describedby={described} aria-invalid={error ? 'true' : undefined} />
    </div>
  );
}

// A current image's alt text is required; a new slot's only once a file is chosen (the hint says so).
function AltFields(props: { t: Translate; state: FormState; field: string; languages: AltLanguages; label: string; required: boolean }) {
  const { t, state, field } = props;
  const max = attachmentLimits.altLength;
  if (props.languages === 'author') return <TextField state={state} name={names.alt(field, 'fr')} label={props.label} hint={t('attachments.altHint')} required={props.required} t={t} maxlength={max} />;
  return (
    <>
      <TextField state={state} name={names.alt(field, 'fr')} label={`${props.label} (${t('attachments.inFrench')})`} hint={t('attachments.altHint')} required={props.required} t={t} maxlength={max} />
      <TextField state={state} name={names.alt(field, 'en')} label={`${props.label} (${t('attachments.inEnglish')})`} t={t} maxlength={max} />
    </>
  );
}

/** The labels of the attachment fields, for the error summary at the top of the form. */
export function attachmentLabels(t: Translate, existing: AttachmentView[]): Record<string, string> {
  const labels: Record<string, string> = { [names.newDocument]: t('attachments.documentFile') };
  for (let slot = 1; slot <= attachmentLimits.imagesPerItem; slot++) {
    labels[names.newImage(slot)] = t('attachments.imageFile', { n: slot });
    labels[names.alt(names.newImage(slot), 'fr')] = t('attachments.imageAlt', { n: slot });
  }
  existing.forEach((a, i) => (labels[names.alt(names.existing(a.id), 'fr')] = t('attachments.currentAlt', { n: i + 1 })));
  return labels;
}

/** The images and documents of a form: current ones with their alt text and a "remove" box, then free slots. */
export function AttachmentFields(props: { ctx: PageContext; state: FormState; existing: AttachmentView[]; languages: AltLanguages }) {
  const { ctx, state, existing, languages } = props;
  const { t } = ctx;
  const images = existing.filter((a) => a.kind === 'image');
  const documents = existing.filter((a) => a.kind === 'document');
  const freeSlots = Math.max(0, attachmentLimits.imagesPerItem - images.length);
  // A slot refused (e.g. one image too many) is shown with its error even when no slot is free any more.
  const refused = (slot: number) => Boolean(state.errors[names.newImage(slot)] || state.errors[names.alt(names.newImage(slot), 'fr')]);
  const slots = Array.from({ length: attachmentLimits.imagesPerItem }, (_, i) => i + 1).filter((slot) => slot <= freeSlots || refused(slot));
  return (
    <>
      <fieldset>
        <legend>{t('attachments.images')}</legend>
        <p class="hint">{t('attachments.imagesHint', { max: attachmentLimits.imagesPerItem, megabytes: megabytes(MAX_IMAGE_BYTES) })}</p>
        {images.map((a, i) => (
          <div class="attachment-item">
            <UploadedImage id={a.upload_id} alt={a.alt_fr} width={240} />
            <AltFields t={t} state={state} field={names.existing(a.id)} languages={languages} label={t('attachments.currentAlt', { n: i + 1 })} required />
            <CheckboxField state={state} name={names.remove(a.id)} label={t('attachments.removeImage', { n: i + 1 })} />
          </div>
        ))}
        {slots.map((slot) => (
          <div class="attachment-item">
            <FileField t={t} state={state} name={names.newImage(slot)} label={t('attachments.imageFile', { n: slot })} accept="image/png,image/jpeg,image/webp" />
            <AltFields t={t} state={state} field={names.newImage(slot)} languages={languages} label={t('attachments.imageAlt', { n: slot })} required={false} />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('attachments.documents')}</legend>
        {documents.map((a) => (
          <div class="attachment-item">
            <p><DocumentLink ctx={ctx} attachment={a} /></p>
            <CheckboxField state={state} name={names.remove(a.id)} label={t('attachments.removeDocument', { name: a.name })} />
          </div>
        ))}
        {documents.length < attachmentLimits.documentsPerItem && (
          <FileField t={t} state={state} name={names.newDocument} label={t('attachments.documentFile')} accept="application/pdf" hint={t('attachments.documentHint', { max: attachmentLimits.documentsPerItem, megabytes: megabytes(attachmentLimits.documentBytes) })} />
        )}
      </fieldset>
    </>
  );
}
