/**
 * The password rule shown on every page that sets a password, kept deliberately simple:
 * at least 10 characters, not the email address, not one of the most common passwords.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// Long passwords that leaked lists show again and again; shorter ones fail the length rule anyway.
const commonPasswords = new Set([
  '1234567890', '0123456789', '12345678910', '123456789a', '1234567890a', 'a123456789', '0987654321', '1111111111',
  '0000000000', '1234512345', '1122334455', '9876543210', 'password123', 'password1234', 'passwordpassword',
  'password12', 'password01', 'motdepasse', 'motdepasse1', 'motdepasse12', 'motdepasse123', 'motdepasse2024',
  'motdepasse2025', 'motdepasse2026', 'password2024', 'password2025', 'password2026', 'qwertyuiop', 'azertyuiop',
  'qwerty1234', 'qwerty12345', 'qwerty123456', 'azerty1234', 'azerty12345', 'azerty123456', 'azertyuiop1',
  'qwertyuiop1', '1q2w3e4r5t', '1qaz2wsx3edc', 'iloveyou12', 'iloveyou123', 'jetaime123', 'abcdefghij',
  'abcdefghijk', 'abcd123456', 'abc1234567', 'aaaaaaaaaa', 'football123', 'baseball123', 'sunshine123',
  'princess123', 'welcome123', 'bienvenue1', 'bienvenue123', 'superman123', 'administrator', 'admin12345',
  'changeme123', 'letmein123', 'trustno1234', 'soleil1234', 'doudou1234', 'marseille13', 'cocity1234', 'cocitycocity',
]);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'sameAsEmail';

/** Says what is wrong with a new password, or null when it follows the rule. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const lowered = password.trim().toLowerCase();
  if (email && lowered === email.trim().toLowerCase()) return 'sameAsEmail';
  if (commonPasswords.has(lowered) || /^(.)\1+$/.test(lowered)) return 'common';
  return null;
}

/** The catalog key of the message for a password problem. */
export const passwordProblemKey = (problem: PasswordProblem): string => `accounts.password.${problem}`;
