/** UI strings of the home module. */
export const homeMessages = {
  fr: {} as Record<string, string>,
  en: {} as Record<string, string>,
};
