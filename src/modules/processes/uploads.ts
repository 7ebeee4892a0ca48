// The upload handling itself lives in src/platform/uploads.ts (budgets use it too); this keeps the
// processes module's imports and its own error messages.
export { discardImageFile, recordUpload, writeImageFile } from '../../platform/uploads.ts';
export { serveUpload } from '../../platform/upload-serving.ts';
export type { CheckedImage, ImageMime, WrittenImage } from '../../platform/uploads.ts';

/** The processes catalog keys shown beside the hero field when an image is refused. */
export const imageErrors = {
  tooLarge: 'processes.errors.imageTooLarge',
  wrongType: 'processes.errors.imageType',
  tooManyPixels: 'processes.errors.imagePixels',
  unreadable: 'processes.errors.imageUnreadable',
};

