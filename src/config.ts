import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BASE_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), 'must start with sqlite: or postgres://')
    .optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // The key of the identity-verification register's keyed hashes; kept apart from the database and the auth secret.
  VERIFICATION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  DEFAULT_LOCALE: z.enum(locales).default('fr'),
  COCITY_DEMO: z.enum(['0', '1']).default('1'),
  DATA_DIR: z.string().default('./data'),
  // How many reverse proxies stand in front (each appends to X-Forwarded-For); 0 when clients connect directly.
  TRUST_PROXY: z
    .string()
    .regex(/^\d{1,2}$/, 'must be the number of reverse proxies in front (0 when there is none)')
    .default('0')
    .transform(Number),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Where people report a vulnerability in this instance (published in /.well-known/security.txt): an email
  // address, or a mailto:, https: or tel: address (RFC 9116 allows no plain http:).
  SECURITY_CONTACT: z
    .string()
    .trim()
    .transform((v) => (/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(v) ? `mailto:${v}` : v))
    .refine((v) => /^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d-]+)$/.test(v), 'must be an email address, or a mailto:, https: or tel: address')
    .optional(),
  COCITY_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  baseUrl: string;
  databaseUrl: string;
  authSecret: string;
  /** Key of the keyed hashes (HMAC-SHA256) of the verification register: without it a dump cannot be enumerated. */
  verificationKey: string;
  smtpUrl: string | null;
  defaultLocale: Locale;
  demo: boolean;
  dataDir: string;
  uploadDir: string;
  /** Number of trusted reverse proxies in front: the client address is the Nth X-Forwarded-For entry from the right. */
  trustProxy: number;
  logLevel: string;
  /** Where to report a vulnerability (a mailto:, https: or tel: URI), or null when the operator set none. */
  securityContact: string | null;
  /** Server processes `cocity serve` runs (COCITY_WORKERS; default one per core, one under tests). */
  workers: number;
}

/** Thrown when the environment is invalid; its message names the variable in one line. */
export class ConfigError extends Error {}

/** Reads the environment once into a typed config; AUTH_SECRET and VERIFICATION_KEY are generated and stored on first start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${resolve(dataDir, 'cocity.sqlite')}`;
  return {
    port: e.PORT,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl,
    authSecret: e.AUTH_SECRET ?? storedSecret(dataDir, 'auth-secret'),
    verificationKey: e.VERIFICATION_KEY ?? storedSecret(dataDir, 'verification-key'),
    smtpUrl: e.SMTP_URL ?? null,
    defaultLocale: e.DEFAULT_LOCALE,
    demo: e.COCITY_DEMO === '1',
    dataDir,
    uploadDir: resolve(dataDir, 'uploads'),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    securityContact: e.SECURITY_CONTACT ?? null,
    workers: e.COCITY_WORKERS ?? (e.NODE_ENV === 'test' ? 1 : availableParallelism()),
  };
}

function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}

// A fixed default secret would let anyone forge sessions (or, for the verification key, enumerate the
// census register) on every install that forgot to set one. Written readable by the owner only.
function storedSecret(dataDir: string, name: string): string {
  const file = resolve(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
