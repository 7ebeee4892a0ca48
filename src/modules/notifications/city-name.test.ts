import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { saveEmailDelivery } from './queries.ts';
import { notify } from './service.ts';
import { sendDailyDigest } from './digest.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.deps.db.insertInto('city_identity').values({ key: 'city', name: 'Ville de Bellerive', logo_upload_id: null, updated_at: new Date().toISOString() }).execute();
});
afterAll(() => ctx.close());

const mailsTo = (u: TestUser) => ctx.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', u.email).orderBy('created_at').execute();

describe('mails of a city that named its platform', () => {
  it('name the city, not its address nor "cocity", in both languages', async () => {
    const english = await ctx.createUser({ locale: 'en' });
    const french = await ctx.createUser();
    await notify(ctx.deps, { userIds: [english.id, french.id], kind: 'comment_on_my_proposal', params: { title: 'Benches' }, url: '/comments/c1' });
    const [en] = await mailsTo(english);
    expect(en.text_body).toContain('You receive this email because you take part on Ville de Bellerive.');
    expect(en.text_body).not.toMatch(/cocity/i);
    const [fr] = await mailsTo(french);
    expect(fr.text_body).toContain('parce que vous participez sur Ville de Bellerive.');
  });

  it('put the city’s name in the digest’s subject and footer', async () => {
    const ana = await ctx.createUser({ locale: 'en' });
    const ben = await ctx.createUser();
    await saveEmailDelivery(ctx.deps.db, ana.id, 'daily');
    await saveEmailDelivery(ctx.deps.db, ben.id, 'daily');
    await notify(ctx.deps, { userIds: [ana.id, ben.id], kind: 'reply_to_my_comment', params: { title: 'Trees' }, url: '/comments/a' });
    expect((await sendDailyDigest(ctx.deps)).mailsSent).toBe(2);
    const [digest] = await mailsTo(ana);
    expect(digest.subject).toBe('Ville de Bellerive: 1 new notification');
    expect(digest.text_body).toContain('take part on Ville de Bellerive.');
    expect(digest.text_body).not.toMatch(/cocity|localhost:3000\./i);
    expect((await mailsTo(ben))[0].subject).toBe('Ville de Bellerive\u202f: 1 nouvelle notification');
  });
});
