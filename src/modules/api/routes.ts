import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { issuesToFieldErrors } from '../../platform/form.ts';
import { registerBudgetApi } from '../budgets/api.ts';
import { registerCommentApi } from '../comments/index.ts';
import { registerProcessApi } from '../processes/api.ts';
import { registerProposalApi } from '../proposals/index.ts';
import { registerOpinionMapApi } from '../opinion-maps/index.ts';
import { registerRegistersApi } from '../registers/index.ts';

/** The public JSON API, `/api/v1`, described by the OpenAPI 3.1 document built from the same zod schemas. */
export function createApiRoutes(): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const fields = issuesToFieldErrors(result.error.issues, c.var.t);
        return c.json({ error: { code: 'invalid_input', message: c.var.t('error.400'), fields } }, 400);
      }
    },
  });
  registerProcessApi(api);
  registerBudgetApi(api);
  registerProposalApi(api);
  registerOpinionMapApi(api);
  registerRegistersApi(api);
  registerCommentApi(api);
  api.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: { title: 'cocity API', version: '1.0.0', description: 'Open data of a cocity instance: processes, proposals, budgets, opinion maps, registers.' },
    servers: [{ url: `${c.var.deps.config.baseUrl}/api/v1` }],
  }));
  return api;
}
