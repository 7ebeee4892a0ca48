/** UI strings of the accounts module. */
export const accountsMessages = {
  fr: {} as Record<string, string>,
  en: {} as Record<string, string>,
};
