import type { Translate } from '../../../platform/i18n/index.ts';
import { PASSWORD_MIN_LENGTH } from '../password-rules.ts';

/** The password rule in words, used as the hint of every new-password field. */
export const passwordRuleHint = (t: Translate): string => t('accounts.password.rule', { min: PASSWORD_MIN_LENGTH });
