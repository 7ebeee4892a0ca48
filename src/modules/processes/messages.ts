/** UI strings of the processes module. */
export const processesMessages = {
  fr: {} as Record<string, string>,
  en: {} as Record<string, string>,
};
