import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { loadMapContext } from './map-context.ts';
import { listParticipants, listStatements, statementVoteCounts } from './queries.ts';
import { currentResults } from './results.ts';

const apiError = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) });
const idParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, description: 'The opinion map (its component id)' }) });

const statement = z
  .object({ number: z.number().int(), text: z.string(), seed: z.boolean(), agree: z.number().int(), disagree: z.number().int(), pass: z.number().int() })
  .openapi('OpinionStatement');

const mapDetail = z
  .object({
    id: z.string(),
    question: z.object({ fr: z.string(), en: z.string().nullable() }),
    open: z.boolean(),
    participants: z.number().int(),
    votes: z.number().int(),
    statements: z.array(statement),
    resultsUrl: z.string(),
  })
  .openapi('OpinionMap');

const groupStatement = z.object({ number: z.number().int(), side: z.enum(['agree', 'disagree']), inGroup: z.number(), others: z.number() });
const mapResults = z
  .object({
    id: z.string(),
    participants: z.number().int(),
    votes: z.number().int(),
    computedAt: z.string(),
    groups: z.array(z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.number().int()), representative: z.array(groupStatement) })),
    consensus: z.array(z.object({ number: z.number().int(), score: z.number() })),
    divisive: z.array(z.object({ number: z.number().int(), spread: z.number() })),
  })
  .openapi('OpinionMapResults');

const notFoundResponse = { description: 'No published opinion map has this id', content: { 'application/json': { schema: apiError } } };

const mapRoute = createRoute({
  method: 'get',
  path: '/opinion-maps/{id}',
  summary: 'An opinion map: its visible statements with vote counts',
  request: { params: idParam },
  responses: { 200: { description: 'The map', content: { 'application/json': { schema: mapDetail } } }, 404: notFoundResponse },
});

const resultsRoute = createRoute({
  method: 'get',
  path: '/opinion-maps/{id}/results',
  summary: 'Opinion groups of a map',
  description: 'Groups with their size, members as anonymous participant numbers (as in the Pol.is export), representative statements, and the statements every group agrees on.',
  request: { params: idParam },
  responses: { 200: { description: 'The results', content: { 'application/json': { schema: mapResults } } }, 404: notFoundResponse },
});

// The API is public: drafts answer 404 like unknown ids, whoever asks.
async function publishedMap(c: Context<AppEnv>, id: string) {
  try {
    const map = await loadMapContext(c.var.deps.db, null, id);
    return map;
  } catch (error) {
    if (error instanceof HttpError) return null;
    throw error;
  }
}

/** Registers the opinion-map routes of the public API. */
export function registerOpinionMapApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(mapRoute, async (c) => {
    const map = await publishedMap(c, c.req.valid('param').id);
    if (!map) return c.json({ error: { code: 'not_found', message: c.var.t('error.404'), fields: {} } }, 404);
    const { db, config } = c.var.deps;
    const [statements, counts, participants] = await Promise.all([listStatements(db, map.component.id), statementVoteCounts(db, map.component.id), listParticipants(db, map.component.id)]);
    const visible = statements.filter((s) => s.status === 'visible');
    const rows = visible.map((s) => {
      const n = counts.get(s.id) ?? { agree: 0, disagree: 0, seen: 0 };
      return { number: Number(s.number), text: s.body, seed: s.seed === 1, agree: n.agree, disagree: n.disagree, pass: n.seen - n.agree - n.disagree };
    });
    return c.json(
      {
        id: map.component.id,
        question: { fr: map.map.question_fr, en: map.map.question_en.trim() ? map.map.question_en : null },
        open: map.open,
        participants: participants.length,
        votes: rows.reduce((a, r) => a + r.agree + r.disagree + r.pass, 0),
        statements: rows,
        resultsUrl: `${config.baseUrl}/opinion-maps/${map.component.id}/results`,
      },
      200,
    );
  });

  api.openapi(resultsRoute, async (c) => {
    const map = await publishedMap(c, c.req.valid('param').id);
    if (!map) return c.json({ error: { code: 'not_found', message: c.var.t('error.404'), fields: {} } }, 404);
    const { db } = c.var.deps;
    const [statements, participants] = await Promise.all([listStatements(db, map.component.id), listParticipants(db, map.component.id)]);
    const results = await currentResults(db, map.component.id, statements);
    const numberOfStatement = new Map(statements.map((s) => [s.id, Number(s.number)]));
    const numberOfParticipant = new Map(participants.map((p, i) => [p.id, i]));
    const num = (id: string) => numberOfStatement.get(id) ?? -1;
    return c.json(
      {
        id: map.component.id,
        participants: results.participants,
        votes: results.votes,
        computedAt: results.computedAt,
        groups: results.groups.map((g) => ({
          id: g.id,
          size: g.size,
          members: results.points.filter((p) => p.group === g.id).map((p) => numberOfParticipant.get(p.participantId) ?? -1).sort((a, b) => a - b),
          representative: g.representative.map((r) => ({ number: num(r.statementId), side: r.side, inGroup: r.pInGroup, others: r.pOthers })),
        })),
        consensus: results.groupAwareConsensus.map((x) => ({ number: num(x.statementId), score: x.score })),
        divisive: results.divisive.map((x) => ({ number: num(x.statementId), spread: x.spread })),
      },
      200,
    );
  });
}
