/** UI strings of the admin module. */
export const adminMessages = {
  fr: {} as Record<string, string>,
  en: {} as Record<string, string>,
};
