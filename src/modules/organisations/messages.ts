/** UI strings of the organisations module. */
export const organisationsMessages = {
  fr: {} as Record<string, string>,
  en: {} as Record<string, string>,
};
