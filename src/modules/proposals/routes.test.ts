import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createOrganisation, createProposalsFixture, proposalIdFrom, setSwitches, validProposal, type ProposalsFixture } from './test-fixtures.ts';

let ctx: TestContext;
let f: ProposalsFixture;
let amina: TestUser;
let louis: TestUser;
let admin: TestUser;

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createProposalsFixture(ctx);
  amina = await ctx.createUser({ name: 'Amina Diallo' });
  louis = await ctx.createUser({ name: 'Louis Fontaine' });
  admin = await ctx.createUser({ name: 'Claire Martin', role: 'admin' });
});
afterAll(() => ctx.close());

async function propose(user: TestUser, form: Record<string, string> = validProposal()) {
  const client = await ctx.client().signInAs(ctx, user);
  return { client, res: await client.post(`${f.base}/new`, form) };
}

describe('creating a proposal', () => {
  it('publishes a proposal and shows it on its page and in the list', async () => {
    const { client, res } = await propose(amina, validProposal(f.hoods[0]));
    expect(res.status).toBe(303);
    const id = proposalIdFrom(res);
    const page = await (await client.get(`/proposals/${id}`)).text();
    expect(page).toContain('Des arbres dans la cour');
    expect(page).toContain('Amina Diallo');
    expect(page).toContain('Quartier 1');
    expect(page).toContain('Environnement');
    const list = await (await ctx.client().get(f.base)).text();
    expect(list).toContain(`/proposals/${id}`);
  });

  it('marks a neighbourhood named only in French on the English page and list', async () => {
    const { res } = await propose(amina, { ...validProposal(f.hoods[1]), title: 'Un banc près du lavoir' });
    const id = proposalIdFrom(res);
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: '' }).where('id', '=', f.hoods[1]).execute();
    const marked = '<span lang="fr">Quartier 2</span> <span class="other-language">(in French)</span>';
    expect(await (await ctx.client().get(`/proposals/${id}?lang=en`)).text()).toContain(`<dd>${marked}</dd>`);
    expect(await (await ctx.client().get(`${f.base}?lang=en`)).text()).toContain(`Environment · ${marked}</p>`);
    expect(await (await ctx.client().get(`/proposals/${id}?lang=fr`)).text()).toContain('<dd>Quartier 2</dd>');
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: 'District 2' }).where('id', '=', f.hoods[1]).execute();
  });

  it('keeps the values and shows an error beside each bad field, changing nothing', async () => {
    const before = await ctx.deps.db.selectFrom('proposal').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const { res } = await propose(amina, { title: 'Trop court', body: 'court', category: 'sports', neighbourhood: 'nowhere', address: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Trop court"');
    expect(html).toContain('id="error-title"');
    expect(html).toContain('id="error-body"');
    expect(html).toContain('Choisissez un des six thèmes.');
    const after = await ctx.deps.db.selectFrom('proposal').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a neighbourhood that is not in the city list', async () => {
    const { res } = await propose(amina, validProposal('not-a-neighbourhood'));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choisissez un quartier de la liste');
  });

  it('refuses a title over 150 characters', async () => {
    const { res } = await propose(amina, { ...validProposal(), title: 'x'.repeat(151) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('id="error-title"');
  });

  it('asks visitors to sign in', async () => {
    const res = await ctx.client().post(`${f.base}/new`, validProposal());
    expect(res.status).toBe(401);
  });

  it('publishes on behalf of an organisation, hiding the member unless they chose to show it', async () => {
    const org = await createOrganisation(ctx, louis.id);
    const { client, res } = await propose(louis, { ...validProposal(), actor: org.id });
    const page = await (await client.get(`/proposals/${proposalIdFrom(res)}`)).text();
    expect(page).toContain(org.name);
    expect(page).not.toContain('Louis Fontaine');
    const shown = await propose(louis, { ...validProposal(), actor: org.id, show_member_name: 'on' });
    expect(await (await client.get(`/proposals/${proposalIdFrom(shown.res)}`)).text()).toContain(`${org.name} (par Louis Fontaine)`);
  });

  it('refuses to publish for an organisation the person is not a member of', async () => {
    const org = await createOrganisation(ctx, louis.id);
    const { res } = await propose(amina, { ...validProposal(), actor: org.id });
    expect(res.status).toBe(400);
  });
});

describe('supports', () => {
  it('records no support sent from another site, whatever the content type', async () => {
    const { res } = await propose(amina);
    const id = proposalIdFrom(res);
    const client = await ctx.client().signInAs(ctx, louis);
    for (const [type, body] of [['application/json', '{}'], ['text/plain', 'x'], ['application/octet-stream', '']]) {
      const refused = await client.send(`/proposals/${id}/support`, { method: 'POST', body, headers: { origin: 'https://evil.example', 'content-type': type } });
      expect(refused.status, type).toBe(403);
    }
    const noOrigin = await client.send(`/proposals/${id}/support`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(noOrigin.status).toBe(403);
    const row = await ctx.deps.db.selectFrom('proposal').select('supports_count').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.supports_count).toBe(0);
    const fromHere = await client.send(`/proposals/${id}/support`, { method: 'POST', body: '{}', headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' } });
    expect(fromHere.status).toBe(303);
  });

  it('counts one support per resident, even on a double click, and lets it be withdrawn', async () => {
    const { res } = await propose(amina);
    const id = proposalIdFrom(res);
    const client = await ctx.client().signInAs(ctx, louis);
    const [a, b] = await Promise.all([client.post(`/proposals/${id}/support`), client.post(`/proposals/${id}/support`)]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const row = await ctx.deps.db.selectFrom('proposal').select('supports_count').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.supports_count).toBe(1);
    const again = await client.post(`/proposals/${id}/support`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Vous soutenez déjà cette proposition.');
    expect(await (await client.get(`/proposals/${id}`)).text()).toContain('Vous soutenez cette proposition.');
    expect((await client.post(`/proposals/${id}/unsupport`)).status).toBe(303);
    const after = await ctx.deps.db.selectFrom('proposal').select('supports_count').where('id', '=', id).executeTakeFirstOrThrow();
    expect(after.supports_count).toBe(0);
  });

  it('refuses supports when the phase closes them, and on a withdrawn proposal', async () => {
    const { client: author, res } = await propose(amina);
    const id = proposalIdFrom(res);
    const supporter = await ctx.client().signInAs(ctx, louis);
    await setSwitches(ctx, f, { creationEnabled: true, supportsEnabled: false, commentsEnabled: true });
    const closed = await supporter.post(`/proposals/${id}/support`);
    expect(closed.status).toBe(403);
    expect(await closed.text()).toContain('Les soutiens ne sont pas ouverts pendant cette phase.');
    await setSwitches(ctx, f, { creationEnabled: true, supportsEnabled: true, commentsEnabled: true });
    const unconfirmed = await author.post(`/proposals/${id}/withdraw`);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('un retrait est définitif');
    expect((await supporter.post(`/proposals/${id}/withdraw`, { confirmed: 'yes' })).status).toBe(403);
    expect((await author.post(`/proposals/${id}/withdraw`, { confirmed: 'yes' })).status).toBe(303);
    const withdrawn = await supporter.post(`/proposals/${id}/support`);
    expect(withdrawn.status).toBe(409);
    expect(await (await supporter.get(`/proposals/${id}`)).text()).toContain('Retirée');
  });

  it('applies the per-component limit and marks the threshold, alerting the admins', async () => {
    await setSwitches(ctx, f, { creationEnabled: true, supportsEnabled: true, commentsEnabled: true }, { supportLimit: 1, supportThreshold: 1 });
    const first = proposalIdFrom((await propose(amina)).res);
    const second = proposalIdFrom((await propose(amina)).res);
    const sarah = await ctx.createUser({ name: 'Sarah' });
    const client = await ctx.client().signInAs(ctx, sarah);
    expect((await client.post(`/proposals/${first}/support`)).status).toBe(303);
    const over = await client.post(`/proposals/${second}/support`);
    expect(over.status).toBe(409);
    expect(await over.text()).toContain('nombre maximal de soutiens');
    expect(await (await client.get(`/proposals/${first}`)).text()).toContain('Seuil de soutiens atteint');
    const alerts = await ctx.deps.db.selectFrom('notification').select('kind').where('user_id', '=', admin.id).where('kind', '=', 'threshold_reached').execute();
    expect(alerts.length).toBe(1);
    await setSwitches(ctx, f, { creationEnabled: true, supportsEnabled: true, commentsEnabled: true });
  });
});

describe('editing', () => {
  it('lets the author edit within the window, keeping the history visible', async () => {
    const { client, res } = await propose(amina);
    const id = proposalIdFrom(res);
    const edited = await client.post(`/proposals/${id}/edit`, { ...validProposal(), title: 'Des arbres et des bancs dans la cour de l’école' });
    expect(edited.status).toBe(303);
    const page = await (await client.get(`/proposals/${id}`)).text();
    expect(page).toContain('Des arbres et des bancs');
    expect(page).toContain('modifiée le');
    expect(page).toContain('Versions précédentes (1)');
  });

  it('refuses someone else and an edit after the window', async () => {
    const { res } = await propose(amina);
    const id = proposalIdFrom(res);
    const other = await ctx.client().signInAs(ctx, louis);
    const refused = await other.post(`/proposals/${id}/edit`, validProposal());
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Seul l’auteur de la proposition peut faire cela.');
    await ctx.deps.db.updateTable('proposal').set({ created_at: new Date(Date.now() - 100 * 3_600_000).toISOString() }).where('id', '=', id).execute();
    const late = await (await ctx.client().signInAs(ctx, amina)).post(`/proposals/${id}/edit`, validProposal());
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('Le délai pour modifier cette proposition est passé.');
  });
});

describe('co-authors', () => {
  it('an organisation co-signs when one of its members accepts', async () => {
    const { client: author, res } = await propose(amina);
    const id = proposalIdFrom(res);
    const org = await createOrganisation(ctx, louis.id);
    expect((await author.post(`/proposals/${id}/coauthors`, { invitee: org.slug })).status).toBe(303);
    const twice = await author.post(`/proposals/${id}/coauthors`, { invitee: org.slug });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('déjà été invitée');
    const member = await ctx.client().signInAs(ctx, louis);
    const page = await (await member.get(`/proposals/${id}`)).text();
    const invitation = /\/proposals\/coauthors\/([\w-]+)\/accept/.exec(page)![1];
    const stranger = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await stranger.post(`/proposals/coauthors/${invitation}/accept`)).status).toBe(403);
    expect((await member.post(`/proposals/coauthors/${invitation}/accept`)).status).toBe(303);
    const after = await (await ctx.client().get(`/proposals/${id}`)).text();
    expect(after).toContain('Co-signataires');
    expect(after).toContain(org.name);
  });

  it('a resident invited by email can decline, and is then not listed', async () => {
    const { client: author, res } = await propose(amina);
    const id = proposalIdFrom(res);
    expect((await author.post(`/proposals/${id}/coauthors`, { invitee: louis.email })).status).toBe(303);
    expect((await author.post(`/proposals/${id}/coauthors`, { invitee: 'nobody@example.org' })).status).toBe(400);
    const invited = await ctx.client().signInAs(ctx, louis);
    const invitation = /\/proposals\/coauthors\/([\w-]+)\/decline/.exec(await (await invited.get(`/proposals/${id}`)).text())![1];
    expect((await invited.post(`/proposals/coauthors/${invitation}/decline`)).status).toBe(303);
    expect(await (await ctx.client().get(`/proposals/${id}`)).text()).not.toContain('Co-signataires');
  });
});

describe('official answers', () => {
  it('refuses a non-admin and a rejection without rationale; publishes with a dated history', async () => {
    const { res } = await propose(amina);
    const id = proposalIdFrom(res);
    const resident = await ctx.client().signInAs(ctx, louis);
    const refused = await resident.post(`/proposals/${id}/answer`, { status: 'accepted', rationale: 'Oui', publish: 'on' });
    expect(refused.status).toBe(403);
    const city = await ctx.client().signInAs(ctx, admin);
    const missing = await city.post(`/proposals/${id}/answer`, { status: 'rejected', rationale: '', publish: 'on' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Une justification publique est obligatoire');
    expect((await city.post(`/proposals/${id}/answer`, { status: 'evaluating', rationale: '', publish: 'on' })).status).toBe(303);
    expect((await city.post(`/proposals/${id}/answer`, { status: 'accepted', rationale: 'Les services planteront à l’automne.', publish: 'on' })).status).toBe(303);
    const page = await (await ctx.client().get(`/proposals/${id}`)).text();
    expect(page).toContain('Réponse de la ville du');
    expect(page).toContain('Les services planteront à l’automne.');
    expect(page).toContain('Historique des statuts');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('target_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('proposal.answer_published');
    const told = await ctx.deps.db.selectFrom('notification').select('kind').where('user_id', '=', amina.id).where('kind', '=', 'answer_on_followed_proposal').execute();
    expect(told.length).toBe(2);
    // The email carries the answer itself, not only its subject and a link.
    const mails = await ctx.deps.db.selectFrom('outbox').select('text_body').where('to_address', '=', amina.email).orderBy('created_at', 'desc').execute();
    expect(mails.some((m) => m.text_body.includes('Réponse de la ville\u202f: Acceptée\n> Les services planteront à l’automne.'))).toBe(true);
  });

  it('keeps drafts private until the bulk publication', async () => {
    const ids = [proposalIdFrom((await propose(amina)).res), proposalIdFrom((await propose(amina)).res)];
    const city = await ctx.client().signInAs(ctx, admin);
    for (const id of ids) expect((await city.post(`/proposals/${id}/answer`, { status: 'in_progress', rationale: 'Travaux prévus.' })).status).toBe(303);
    expect(await (await ctx.client().get(`/proposals/${ids[0]}`)).text()).toContain('La ville n’a pas encore répondu.');
    expect((await city.get(`${f.base}/answers`)).status).toBe(200);
    expect((await (await ctx.client().signInAs(ctx, louis)).get(`${f.base}/answers`)).status).toBe(403);
    expect((await city.post(`${f.base}/answers/publish`, { phase: '' })).status).toBe(303);
    for (const id of ids) expect(await (await ctx.client().get(`/proposals/${id}`)).text()).toContain('En cours de réalisation');
  });
});

describe('moderation and personal data', () => {
  it('a second flag gets a clear message; a hidden proposal shows the notice and leaves the list', async () => {
    const { res } = await propose(amina, { ...validProposal(), title: 'Une proposition signalée par erreur ici' });
    const id = proposalIdFrom(res);
    const flagger = await ctx.client().signInAs(ctx, louis);
    const first = await flagger.post('/moderation/flag', { resource_type: 'proposal', resource_id: id, reason: 'spam', text: '', return_to: `/proposals/${id}` });
    expect(first.status).toBe(303);
    const second = await flagger.post('/moderation/flag', { resource_type: 'proposal', resource_id: id, reason: 'spam', text: '', return_to: `/proposals/${id}` });
    expect(second.status).toBeGreaterThanOrEqual(400);
    const flags = await ctx.deps.db.selectFrom('moderation_flag').select('id').where('resource_id', '=', id).execute();
    expect(flags.length).toBe(1);
    const { findModeratable } = await import('../moderation/registry.ts');
    await ctx.deps.db.transaction().execute((trx) => findModeratable(ctx.deps.modules, 'proposal')!.setHidden(trx, id, true, 'Publicité'));
    expect(await (await ctx.client().get(f.base)).text()).not.toContain(`/proposals/${id}"`);
    const page = await (await ctx.client().get(`/proposals/${id}`)).text();
    expect(page).toContain('Publicité');
    expect(page).not.toContain('Une proposition signalée par erreur');
    const support = await flagger.post(`/proposals/${id}/support`);
    expect(support.status).toBe(403);
  });

  it('includes proposals and supports in the download of my data', async () => {
    const { res } = await propose(amina, { ...validProposal(), title: 'Une proposition à retrouver dans mon export' });
    const id = proposalIdFrom(res);
    await (await ctx.client().signInAs(ctx, louis)).post(`/proposals/${id}/support`);
    const { buildAccountExport } = await import('../accounts/export.ts');
    const mine = (await buildAccountExport(ctx.deps.db, ctx.deps.modules.exportSections, amina.id)) as { proposals: { id: string }[] };
    expect(mine.proposals.map((p) => p.id)).toContain(id);
    const theirs = (await buildAccountExport(ctx.deps.db, ctx.deps.modules.exportSections, louis.id)) as { proposalSupports: { proposal_id: string }[] };
    expect(theirs.proposalSupports.map((s) => s.proposal_id)).toContain(id);
  });
});
