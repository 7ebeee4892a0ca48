import { defineModule } from '../define-module.ts';
import { attachmentExportSections } from './account-export.ts';
import { attachmentsMessages } from './messages.ts';
import * as createAttachments from './migration.ts';
import { attachmentRoutes } from './routes.ts';

/**
 * Images and PDF documents attached to proposals, processes and budget projects: checked and
 * re-encoded on the server (src/platform/uploads.ts), counted against a per-account quota, shown with
 * their alt text, documents only ever downloaded. The owning modules call this one through its index.
 */
export const attachmentsModule = defineModule({
  name: 'attachments',
  routes: [{ path: '/files', router: attachmentRoutes }],
  messages: attachmentsMessages,
  exportSections: attachmentExportSections,
  migrations: { '039_attachments': createAttachments },
});

export { attachmentFormValues, readAttachmentForm, type AttachmentPlan } from './form.ts';
export { attachmentLimits, uploadQuota } from './limits.ts';
export { firstImages, listAttachments, type AttachmentOwner, type AttachmentView } from './queries.ts';
export { deleteAttachmentRows, deleteAttachmentsOf, deleteOrphanedAttachments, noAttachmentChange, removeStoredFiles, saveWithAttachments } from './service.ts';
export { AttachmentFields, attachmentLabels, type AltLanguages } from './views/attachment-fields.tsx';
export { AttachmentGallery, CardThumbnail } from './views/gallery.tsx';
export type { AttachmentOwnerType } from './tables.ts';
export { attachDemoImage, demoImageCredits, demoProposalImages } from './demo-images.ts';
