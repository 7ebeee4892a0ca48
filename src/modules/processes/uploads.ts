import { checkImage as checkPlatformImage, type CheckedImage } from '../../platform/uploads.ts';

// The upload handling itself lives in src/platform/uploads.ts (budgets use it too); this keeps the
// processes module's imports and its own error messages.
export { discardImageFile, MAX_IMAGE_BYTES, recordUpload, serveUpload, sniffImage, writeImageFile } from '../../platform/uploads.ts';
export type { CheckedImage, ImageMime, WrittenImage } from '../../platform/uploads.ts';

/** Checks an uploaded hero image; the error is a processes catalog key to show beside the field. */
export function checkImage(file: File): Promise<{ ok: true; image: CheckedImage } | { ok: false; error: string }> {
  return checkPlatformImage(file, { tooLarge: 'processes.errors.imageTooLarge', wrongType: 'processes.errors.imageType' });
}
