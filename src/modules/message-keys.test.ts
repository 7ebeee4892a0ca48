import { describe, expect, it } from 'vitest';
import { type MessageKey, translator } from '../platform/i18n/index.ts';
import { installModules, modules } from './index.ts';

installModules(modules);

// These checks happen when the project type-checks (`tsc --noEmit`, run by CI before the tests): each
// `@ts-expect-error` line must fail to compile, or the type-check fails. The run-time expectations say
// what a reader would see.
describe('message keys are checked when the code compiles', () => {
  const t = translator('en');

  it('accepts a key an installed module declares, and refuses a typo', () => {
    expect(t('proposals.status.accepted')).toBe('Accepted');
    // @ts-expect-error: no module declares this key (a typo of proposals.status.accepted).
    expect(t('proposals.status.acceptd')).toBe('proposals.status.acceptd');
  });

  it('stays checked: no module widens the keys to any string', () => {
    // A module whose strings are typed `Record<string, string>` (a cast, or `[key: string, …][]` rows
    // without `as const`) would make every key acceptable; this line then fails to compile.
    const keysAreChecked: string extends MessageKey ? false : true = true;
    expect(keysAreChecked).toBe(true);
  });

  it('accepts a key built at run time only when it can match a declared key', () => {
    const status: string = 'rejected';
    expect(t(`proposals.status.${status}`)).toBe('Rejected');
    // @ts-expect-error: no declared key starts with "proposal.statuses.".
    expect(t(`proposal.statuses.${status}`)).toBe('proposal.statuses.rejected');
  });
});
