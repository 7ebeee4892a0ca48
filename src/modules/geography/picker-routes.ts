import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';

const pickerScript = readFileSync(new URL('./map-picker.js', import.meta.url), 'utf8');

/** /maps/picker.js: the one script of the maps, served from cocity itself (the CSP allows 'self' scripts only). */
export const pickerRoutes = new Hono<AppEnv>();
pickerRoutes.get('/picker.js', (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(pickerScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
});
