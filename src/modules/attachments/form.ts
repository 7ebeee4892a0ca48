import type { Context } from 'hono';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import type { FieldErrors } from '../../platform/form.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { checkImage, MAX_IMAGE_BYTES, type CheckedImage } from '../../platform/uploads.ts';
import { attachmentLimits, uploadQuota } from './limits.ts';
import { checkPdf, sanitiseDocumentName } from './pdf-check.ts';
import { storedBy, type AttachmentView } from './queries.ts';

/** What a form asks to change in an owner's attachments; nothing is written until the owner is saved. */
export interface AttachmentPlan {
  newImages: { image: CheckedImage; alt_fr: string; alt_en: string }[];
  newDocument: { bytes: Uint8Array; name: string } | null;
  removed: AttachmentView[];
  altChanges: { id: string; alt_fr: string; alt_en: string }[];
}

/** The form's field names (the fieldset in views/attachment-fields.tsx draws the same). */
export const attachmentFields = {
  newImage: (slot: number) => `new_image_${slot}`,
  alt: (field: string, locale: 'fr' | 'en') => `${field}_alt_${locale}`,
  existing: (id: string) => `attachment_${id}`,
  remove: (id: string) => `attachment_${id}_remove`,
  newDocument: 'new_document',
};

const imageErrors = { tooLarge: 'attachments.errors.imageTooLarge', wrongType: 'attachments.errors.imageType', tooManyPixels: 'attachments.errors.imagePixels', unreadable: 'attachments.errors.imageUnreadable' } as const;

type Body = Record<string, string | File | (string | File)[]>;
const text = (body: Body, name: string) => {
  const value = [body[name]].flat().find((v) => typeof v === 'string');
  return typeof value === 'string' ? value.trim() : '';
};
const fileIn = (body: Body, name: string) => [body[name]].flat().find((v): v is File => v instanceof File && v.size > 0);

function altError(t: Translate, alt: string): string | null {
  if (alt === '') return t('attachments.errors.altRequired');
  return alt.length > attachmentLimits.altLength ? t('form.tooLong', { max: attachmentLimits.altLength }) : null;
}

/**
 * Reads the attachment fields of a multipart form against the owner's current attachments: each
 * refused file, missing alt text, count or quota overrun is an error beside its field, and any error
 * means the caller saves nothing. Admins are exempt from the quota (see limits.ts).
 */
export async function readAttachmentForm(c: Context<AppEnv>, existing: AttachmentView[], user: CurrentUser): Promise<{ plan: AttachmentPlan; errors: FieldErrors }> {
  const { t } = c.var;
  const body = (await c.req.parseBody({ all: true })) as Body;
  const errors: FieldErrors = {};
  const plan: AttachmentPlan = { newImages: [], newDocument: null, removed: [], altChanges: [] };
  const added: { field: string; bytes: number }[] = [];
  for (const a of existing) {
    const field = attachmentFields.existing(a.id);
    if (text(body, attachmentFields.remove(a.id)) === 'on') plan.removed.push(a);
    else if (a.kind === 'image') {
      const change = { id: a.id, alt_fr: text(body, attachmentFields.alt(field, 'fr')), alt_en: text(body, attachmentFields.alt(field, 'en')) };
      const error = altError(t, change.alt_fr);
      if (error) errors[attachmentFields.alt(field, 'fr')] = error;
      else if (change.alt_fr !== a.alt_fr || change.alt_en !== a.alt_en) plan.altChanges.push(change);
    }
  }
  const kept = (kind: AttachmentView['kind']) => existing.filter((a) => a.kind === kind && !plan.removed.includes(a)).length;
  for (let slot = 1; slot <= attachmentLimits.imagesPerItem; slot++) {
    const field = attachmentFields.newImage(slot);
    const file = fileIn(body, field);
    if (!file) continue;
    const alt = { alt_fr: text(body, attachmentFields.alt(field, 'fr')), alt_en: text(body, attachmentFields.alt(field, 'en')) };
    const missingAlt = altError(t, alt.alt_fr);
    if (missingAlt) errors[attachmentFields.alt(field, 'fr')] = missingAlt;
    if (kept('image') + plan.newImages.length >= attachmentLimits.imagesPerItem) {
      errors[field] = t('attachments.errors.tooManyImages', { max: attachmentLimits.imagesPerItem });
      continue;
    }
    const checked = file.size > MAX_IMAGE_BYTES ? { ok: false as const, error: imageErrors.tooLarge } : await checkImage(file, imageErrors);
    if (!checked.ok) errors[field] = t(checked.error as (typeof imageErrors)[keyof typeof imageErrors], { megabytes: MAX_IMAGE_BYTES / 1024 / 1024 });
    else if (!missingAlt) {
      plan.newImages.push({ image: checked.image, ...alt });
      added.push({ field, bytes: checked.image.full.bytes.byteLength });
    }
  }
  const document = fileIn(body, attachmentFields.newDocument);
  if (document) {
    const error = await documentError(t, document, kept('document'));
    if (error) errors[attachmentFields.newDocument] = error;
    else {
      plan.newDocument = { bytes: new Uint8Array(await document.arrayBuffer()), name: sanitiseDocumentName(document.name, attachmentLimits.nameLength) };
      added.push({ field: attachmentFields.newDocument, bytes: document.size });
    }
  }
  if (user.role !== 'admin' && added.length > 0) Object.assign(errors, await quotaErrors(c, user.id, plan.removed, added));
  return { plan, errors };
}

async function documentError(t: Translate, file: File, keptDocuments: number): Promise<string | null> {
  if (keptDocuments >= attachmentLimits.documentsPerItem) return t('attachments.errors.tooManyDocuments', { max: attachmentLimits.documentsPerItem });
  if (file.size > attachmentLimits.documentBytes) return t('attachments.errors.documentTooLarge', { megabytes: attachmentLimits.documentBytes / 1024 / 1024 });
  const checked = checkPdf(new Uint8Array(await file.arrayBuffer()));
  if (checked.ok) return null;
  const keys = { documentType: 'attachments.errors.documentType', documentActive: 'attachments.errors.documentActive', documentEncrypted: 'attachments.errors.documentEncrypted', documentUnreadable: 'attachments.errors.documentUnreadable' } as const;
  return t(keys[checked.refusal]);
}

// The quota counts what the account keeps once this save is done: removed files give their share back.
async function quotaErrors(c: Context<AppEnv>, userId: string, removed: AttachmentView[], added: { field: string; bytes: number }[]): Promise<FieldErrors> {
  const { t } = c.var;
  const used = await storedBy(c.var.deps.db, userId);
  let files = used.files - removed.length;
  let bytes = used.bytes - removed.reduce((sum, a) => sum + a.size, 0);
  const errors: FieldErrors = {};
  for (const file of added) {
    files += 1;
    bytes += file.bytes;
    if (files > uploadQuota.files) errors[file.field] = t('attachments.errors.quotaFiles', { max: uploadQuota.files });
    else if (bytes > uploadQuota.bytes) errors[file.field] = t('attachments.errors.quotaBytes', { megabytes: uploadQuota.bytes / 1024 / 1024 });
  }
  return errors;
}

/** The values the form starts with: each current image's alt texts. */
export function attachmentFormValues(existing: AttachmentView[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const a of existing.filter((x) => x.kind === 'image')) {
    values[attachmentFields.alt(attachmentFields.existing(a.id), 'fr')] = a.alt_fr;
    values[attachmentFields.alt(attachmentFields.existing(a.id), 'en')] = a.alt_en;
  }
  return values;
}
