import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/index.ts';
import { validateValues } from '../../platform/form.ts';
import { signUpSchema } from './schemas.ts';

describe('signUpSchema', () => {
  const t = translator('en');
  it('normalises the email and explains each problem in the chosen language', () => {
    const ok = validateValues({ name: ' Ana ', email: ' Ana@Example.ORG ', password: 'a long enough phrase', locale: 'fr', terms: 'on' }, signUpSchema, t);
    expect(ok.ok && ok.data).toEqual({ name: 'Ana', email: 'ana@example.org', password: 'a long enough phrase', locale: 'fr', terms: 'on' });
    const bad = validateValues({ name: '', email: 'not-an-email', password: 'password123', locale: 'de' }, signUpSchema, t);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toEqual({
        name: 'This field is required.',
        email: 'Invalid email address.',
        password: 'This password is among the most common ones: choose another.',
        locale: 'Invalid choice.',
        terms: 'Accept the terms of use to create an account.',
      });
    }
  });
});
