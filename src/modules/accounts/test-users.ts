import type { TestContext, TestUser } from '../../../test/support/app.ts';
import { currentTermsVersion, recordTermsAcceptance } from '../legal/index.ts';

/**
 * For tests: a verified (or not) person who can sign in with a real password, without going through the
 * sign-up form — and who accepted the terms in force there, as the form makes everyone do.
 */
export async function createUserWithPassword(ctx: TestContext, password: string, options: Parameters<TestContext['createUser']>[0] = {}): Promise<TestUser> {
  const user = await ctx.createUser(options);
  const auth = await ctx.deps.auth.$context;
  await auth.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: await auth.password.hash(password) });
  await recordTermsAcceptance(ctx.deps.db, user.id, await currentTermsVersion(ctx.deps.db));
  return user;
}

/** For tests: the most recent link of a given page found in the mails stored for an address. */
export async function lastMailedLink(ctx: TestContext, to: string, page: string): Promise<string | null> {
  const mails = await ctx.deps.db.selectFrom('outbox').select(['text_body', 'created_at']).where('to_address', '=', to).orderBy('created_at', 'desc').execute();
  for (const mail of mails) {
    const match = mail.text_body.match(new RegExp(`https?://[^/\\s]+(${page.replace(/[/?]/g, (ch) => `\\${ch}`)}\\?token=\\S+)`));
    if (match) return match[1];
  }
  return null;
}
