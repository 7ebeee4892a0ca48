import { createHmac, randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Hono } from 'hono';
import { createApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { AppDeps, AppEnv, Role } from '../../src/platform/context.ts';
import { installModules, modules as appModules, type ModuleDefinition } from '../../src/modules/index.ts';
import { buildDeps } from '../../src/platform/deps.ts';
import { createTestDatabase } from './database.ts';

export const TEST_ORIGIN = 'http://localhost:3000';
const TEST_SECRET = 'test-secret-Xq7!pL2#vN9$rT4%wK8&zM3*';

/** A running app on a clean database, with helpers to act as visitors and residents. */
export interface TestContext {
  app: Hono<AppEnv>;
  deps: AppDeps;
  handle: DatabaseHandle;
  client(): TestClient;
  createUser(options?: { role?: Role; verified?: boolean; name?: string; email?: string; locale?: 'fr' | 'en' }): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

/** What a test may change besides the config: the module list (e.g. the app's modules plus a fixture module). */
export interface TestAppOptions {
  modules?: readonly ModuleDefinition[];
}

/** Builds a test app (config like production, mail to the outbox, logs silent). */
export async function createTestContext(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestContext> {
  const modules = options.modules ?? appModules;
  const handle = await createTestDatabase(modules);
  const config: Config = {
    port: 3000,
    baseUrl: TEST_ORIGIN,
    databaseUrl: 'test',
    authSecret: TEST_SECRET,
    verificationKey: `verification-${TEST_SECRET}`,
    smtpUrl: null,
    defaultLocale: 'fr',
    demo: false,
    dataDir: '/tmp/cocity-test',
    uploadDir: `/tmp/cocity-test/uploads-${randomUUID()}`,
    trustProxy: 0,
    logLevel: 'silent',
    securityContact: null,
    workers: 1,
    ...overrides,
  };
  const deps = buildDeps(config, handle, installModules(modules), pino({ level: 'silent' }));
  const app = createApp(deps);
  let counter = 0;
  return {
    app,
    deps,
    handle,
    client: () => new TestClient(app),
    async createUser(options = {}) {
      counter += 1;
      const id = randomUUID();
      const now = new Date().toISOString();
      const email = options.email ?? `person${counter}-${id.slice(0, 6)}@example.org`;
      const name = options.name ?? `Person ${counter}`;
      await handle.db
        .insertInto('user')
        .values({ id, name, email, emailVerified: options.verified === false ? 0 : 1, image: null, createdAt: now, updatedAt: now, role: options.role ?? 'resident', locale: options.locale ?? null, deletedAt: null })
        .execute();
      return { id, email, name };
    },
    close: () => handle.close(),
  };
}

/** A browser-like client: keeps cookies, sends the Origin header on posts, does not follow redirects. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private app: Hono<AppEnv>) {}

  /** Signs in as a user without the password round trip (a real session row, signed like better-auth does). */
  async signInAs(ctx: TestContext, user: TestUser): Promise<this> {
    const internal = (await ctx.deps.auth.$context).internalAdapter;
    const session = await internal.createSession(user.id);
    const signature = createHmac('sha256', TEST_SECRET).update(session.token).digest('base64');
    this.cookies.set('cocity.session_token', encodeURIComponent(`${session.token}.${signature}`));
    return this;
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: 'GET', headers });
  }

  /** Posts a urlencoded form (repeat a name by passing an array). */
  async post(path: string, form: Record<string, string | string[]> = {}, headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    return this.send(path, { method: 'POST', body, headers: { origin: TEST_ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  }

  async postMultipart(path: string, form: FormData): Promise<Response> {
    return this.send(path, { method: 'POST', body: form, headers: { origin: TEST_ORIGIN } });
  }

  /** Sends any request with this client's cookies, adding no header of its own (for content types and origins a form never sends). */
  async send(path: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.request(`${TEST_ORIGIN}${path}`, { ...init, headers: { ...(cookie ? { cookie } : {}), ...init.headers } });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}
