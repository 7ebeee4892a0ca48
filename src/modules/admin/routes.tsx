import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';

export const adminRoutes = new Hono<AppEnv>();
