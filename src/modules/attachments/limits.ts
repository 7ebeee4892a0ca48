/**
 * The numbers behind attachments, in one place (docs/security.md lists them; change both together).
 */
export const attachmentLimits = {
  /** Images per proposal, process or budget project. */
  imagesPerItem: 3,
  /** PDF documents per proposal, process or budget project. */
  documentsPerItem: 3,
  /** Largest PDF accepted (images keep the platform's 2 MB, MAX_IMAGE_BYTES). */
  documentBytes: 5 * 1024 * 1024,
  /** Longest alt text: a sentence or two, not a description of every detail. */
  altLength: 300,
  /** Longest kept document name (characters, extension included). */
  nameLength: 100,
};

/**
 * What one resident's account may keep stored, counted on the files as stored (re-encoded images,
 * PDFs as sent); removing a file gives its share back. City admins are exempt: they publish the city's
 * own processes and projects, every upload of theirs is in the audit log, and a quota reached in the
 * middle of preparing a vote would block the city, not an abuser.
 */
export const uploadQuota = {
  files: 30,
  bytes: 40 * 1024 * 1024,
};
