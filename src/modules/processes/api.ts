import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';

/** Registers the processes routes of the public API. */
export function registerProcessApi(api: OpenAPIHono<AppEnv>): void {
  void api;
}
