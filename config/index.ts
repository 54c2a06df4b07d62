/**
 * All configuration comes from the environment and is validated here, once. A wrong value stops
 * start-up with a message naming the variable.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection URL' })
      .default('postgres://postgres:postgres@127.0.0.1:5433/capacity_exit'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:7233')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    /** Embedded-mode settings, used by `npm start` when it starts the servers itself. */
    DATA_DIR: z.string().min(1).default('data'),
    EMBEDDED_POSTGRES_PORT: port.default(5433),
    EMBEDDED_TEMPORAL_PORT: port.default(7233),
    TEMPORAL_UI_PORT: port.default(8233),
    /**
     * Where people open the Temporal Web UI, for the console's link to a case's raw history; default the
     * UI `npm start`'s dev server serves (http://127.0.0.1:TEMPORAL_UI_PORT).
     */
    TEMPORAL_UI_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    TEMPORAL_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).default(3650),
    /** Bearer tokens: HS256 signed with this secret, or verified against an identity provider's JWKS. */
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    AUTH_ISSUER: z.string().min(1).default('capacity-exit'),
    AUTH_AUDIENCE: z.string().min(1).default('capacity-exit-api'),
    /**
     * Workflows the worker keeps in memory (the rest replay from history when they wake). The SDK's default
     * sizes it from the main heap alone; each cached case holds ~170 KiB in the workflow thread.
     */
    WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(100),
    /** Requests a minute from one address to each public endpoint (lists, tip intake). */
    PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
    /** When the published lists are snapshotted (Temporal Schedule): five cron fields, China Standard Time. */
    LIST_SNAPSHOT_CRON: z
      .string()
      .trim()
      .regex(/^[\w*,/?-]+(\s+[\w*,/?-]+){4}$/, 'must be five cron fields, e.g. 0 0 1 1,4,7,10 *')
      .default('0 0 1 1,4,7,10 *'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: 'set AUTH_JWT_SECRET or AUTH_JWKS_URL in production (the development secret is public)',
      });
  })
  .transform((env) => ({
    ...env,
    TEMPORAL_UI_URL: (env.TEMPORAL_UI_URL ?? `http://127.0.0.1:${env.TEMPORAL_UI_PORT}`).replace(/\/+$/, ''),
  }));

/** Where `npm start`'s Temporal dev server serves its Web UI, with the default TEMPORAL_UI_PORT. */
export const DEFAULT_TEMPORAL_UI_URL = 'http://127.0.0.1:8233';

/** Used outside production when no secret is configured; it is in the source, so it protects nothing. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-use-in-production';

export type Config = z.output<typeof EnvSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
}

/** For entry points: the configuration, or a message naming the bad variables and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
