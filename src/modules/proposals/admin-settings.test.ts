import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createProposalsFixture, validProposal, type ProposalsFixture } from './test-fixtures.ts';

let ctx: TestContext;
let f: ProposalsFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createProposalsFixture(ctx, { creationEnabled: false, supportsEnabled: false, commentsEnabled: false });
});
afterAll(() => ctx.close());

it('an admin opens creation for the current phase from the component settings form, and residents can then propose', async () => {
  const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
  expect((await resident.post(`${f.base}/new`, validProposal())).status).toBe(403);
  const form = await admin.get(`/admin/processes/${f.processId}/components/${f.componentId}`);
  const html = await form.text();
  expect(form.status).toBe(200);
  expect(html).toContain('Dépôt de propositions ouvert');
  expect(html).toContain('Heures pendant lesquelles l’auteur peut modifier sa proposition');
  const saved = await admin.post(`/admin/processes/${f.processId}/components/${f.componentId}`, {
    name_fr: 'Propositions',
    name_en: 'Proposals',
    'global.editWindowHours': '24',
    'global.supportLimit': '0',
    'global.supportThreshold': '50',
    'global.flagThreshold': '3',
    [`phase.${f.phaseId}.creationEnabled`]: 'on',
  });
  expect(saved.status).toBe(303);
  expect((await resident.post(`${f.base}/new`, validProposal())).status).toBe(303);
  expect((await resident.get(f.base)).status).toBe(200);
});
