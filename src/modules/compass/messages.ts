import { criteriaMessages } from './messages-criteria.ts';
import { compassPageMessages } from './messages-compass.ts';
import { interviewMessages } from './messages-interviews.ts';

/** Every UI string of the compass module, French and English. */
export const compassMessages = {
  fr: { ...compassPageMessages.fr, ...criteriaMessages.fr, ...interviewMessages.fr },
  en: { ...compassPageMessages.en, ...criteriaMessages.en, ...interviewMessages.en },
};
