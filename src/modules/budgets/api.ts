import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import type { AttachmentView } from '../attachments/index.ts';
import { loadBudgetContext } from './budget-context.ts';
import { linkedProposalsByProject } from './project-links.ts';
import { findResult } from './queries.ts';
import { readOutcome } from './results-service.ts';

const bilingual = z.object({ fr: z.string(), en: z.string().nullable() });
const text = (fr: string, en: string) => ({ fr, en: en.trim() ? en : null });
const apiError = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) });
const idParam = z.object({ id: z.string().min(1).max(80).openapi({ param: { name: 'id', in: 'path' }, example: '6f1c1d2e-0000-4000-8000-000000000000' }) });

const project = z
  .object({
    id: z.string().openapi({ description: 'The project reference, as in the Pabulib file and in results' }),
    title: bilingual,
    description: bilingual,
    cost: z.number().int(),
    neighbourhood: z.string().nullable().openapi({ description: 'Neighbourhood slug; null for city-wide projects' }),
    category: z.string().nullable(),
    proposalUrl: z.string().nullable().openapi({ description: 'Another web address about the project, if any' }),
    proposals: z.array(z.string()).openapi({ description: 'Addresses of the proposals the project comes from' }),
    image: z.object({ url: z.string(), alt: bilingual }).nullable().openapi({ description: 'The first of the project’s images (its thumbnail), if any; the others are on its page' }),
    url: z.string(),
  })
  .openapi('BudgetProject');

const budget = z
  .object({
    id: z.string(),
    process: z.string().openapi({ description: 'Slug of the process' }),
    title: bilingual,
    amount: z.number().int(),
    currency: z.string(),
    neighbourhood: z.string().nullable(),
    ballotType: z.enum(['knapsack', 'approval', 'cumulative', 'ranked']),
    rule: z.enum(['mes', 'greedy', 'phragmen']),
    votingOpen: z.boolean(),
    projects: z.array(project),
    url: z.string(),
  })
  .openapi('Budget');

const results = z
  .object({
    budgetId: z.string(),
    rule: z.enum(['mes', 'greedy', 'phragmen']),
    completion: z.string().openapi({ description: 'MES completion used (add1) or none' }),
    tieBreak: z.array(z.enum(['cost', 'votes', 'id'])).openapi({ description: 'Order used to break ties between projects' }),
    budget: z.number(),
    cost: z.number(),
    ballots: z.number().int(),
    funded: z.array(z.object({ id: z.string(), cost: z.number() })).openapi({ description: 'Funded projects in the order the rule chose them' }),
    votes: z.array(z.object({ id: z.string(), votes: z.number(), score: z.number() })),
    publishedAt: z.string(),
    ballotsFile: z.string().openapi({ description: 'Anonymous ballots and projects as a Pabulib file, to recount' }),
  })
  .openapi('BudgetResults');

const budgetRoute = createRoute({
  method: 'get',
  path: '/budgets/{id}',
  summary: 'A participatory budget and its projects',
  request: { params: idParam },
  responses: {
    200: { description: 'The budget', content: { 'application/json': { schema: budget } } },
    404: { description: 'No published budget has this id', content: { 'application/json': { schema: apiError } } },
  },
});

const resultsRoute = createRoute({
  method: 'get',
  path: '/budgets/{id}/results',
  summary: 'The published results of a participatory budget',
  request: { params: idParam },
  responses: {
    200: { description: 'The results', content: { 'application/json': { schema: results } } },
    404: { description: 'No published results for this budget', content: { 'application/json': { schema: apiError } } },
  },
});

const notFoundJson = (t: (k: string) => string) => ({ error: { code: 'not_found', message: t('error.404'), fields: {} } });

/** Registers the budget routes of the public API. */
export function registerBudgetApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(budgetRoute, async (c) => {
    const b = await loadBudgetContext(c.var.deps.db, c.req.valid('param').id, null);
    const base = c.var.deps.config.baseUrl;
    const imageOf = (image: AttachmentView | undefined) => (image ? { url: `${base}/uploads/${image.upload_id}`, alt: text(image.alt_fr, image.alt_en) } : null);
    const slugOf = new Map(b.neighbourhoods.map((n) => [n.id, n.slug]));
    const proposalsOf = await linkedProposalsByProject(c.var.deps.db, b.projects.map((p) => p.id));
    const body = {
      id: b.budget.id,
      process: b.detail.process.slug,
      title: text(b.budget.title_fr, b.budget.title_en),
      amount: b.budget.amount,
      currency: b.budget.currency,
      neighbourhood: b.budget.neighbourhood_id ? (slugOf.get(b.budget.neighbourhood_id) ?? null) : null,
      ballotType: b.settings.ballotType,
      rule: b.settings.rule,
      votingOpen: b.votingOpen,
      projects: b.projects.map((p) => ({
        id: p.ref,
        title: text(p.title_fr, p.title_en),
        description: text(p.description_fr, p.description_en),
        cost: p.cost,
        neighbourhood: p.neighbourhood_id ? (slugOf.get(p.neighbourhood_id) ?? null) : null,
        category: p.category || null,
        proposalUrl: p.proposal_url || null,
        proposals: (proposalsOf.get(p.id) ?? []).map((proposal) => `${base}/proposals/${proposal.id}`),
        image: imageOf(b.thumbnails.get(p.id)),
        url: `${base}/budgets/${b.budget.id}/projects/${p.id}`,
      })),
      url: `${base}/budgets/${b.budget.id}`,
    };
    return c.json(body, 200);
  });

  api.openapi(resultsRoute, async (c) => {
    const b = await loadBudgetContext(c.var.deps.db, c.req.valid('param').id, null);
    const row = await findResult(c.var.deps.db, b.budget.id);
    if (!row?.published_at) return c.json(notFoundJson(c.var.t), 404);
    const o = readOutcome(row);
    const cost = new Map(b.projects.map((p) => [p.ref, p.cost]));
    return c.json(
      {
        budgetId: b.budget.id,
        rule: o.rule,
        completion: o.completion,
        tieBreak: o.tieBreak as ('cost' | 'votes' | 'id')[],
        budget: o.budget,
        cost: o.cost,
        ballots: o.ballots,
        funded: o.selected.map((id) => ({ id, cost: cost.get(id) ?? 0 })),
        votes: Object.keys(o.votes).map((id) => ({ id, votes: o.votes[id], score: o.scores[id] })),
        publishedAt: row.published_at,
        ballotsFile: `${c.var.deps.config.baseUrl}/budgets/${b.budget.id}/results.pb`,
      },
      200,
    );
  });
}
