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
    /**
     * What `npm start` runs when TEMPORAL_ADDRESS is not given: the Temporal dev server (one process,
     * SQLite), or the production server as a cluster on PostgreSQL — its services as separate
     * processes, with CLUSTER_WORKERS workers and CLUSTER_API_PROCESSES API processes behind a load
     * balancer on PORT (docs/operations.md).
     */
    TEMPORAL_TOPOLOGY: z.enum(['dev', 'cluster']).default('dev'),
    /** Fixed when the cluster's databases are created: Temporal cannot change a cluster's shard count. */
    TEMPORAL_HISTORY_SHARDS: z.coerce.number().int().min(1).max(16384).default(4),
    TEMPORAL_HISTORY_PROCESSES: z.coerce.number().int().min(1).max(16).default(2),
    CLUSTER_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
    CLUSTER_API_PROCESSES: z.coerce.number().int().min(1).max(16).default(2),
    /**
     * The proxies whose X-Forwarded-For the API believes (Fastify's trustProxy: addresses, CIDR ranges
     * or names such as loopback, comma-separated), so that limits per client address see the client
     * behind a load balancer rather than the balancer. Unset: no proxy is trusted.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, 'must be addresses, CIDR ranges or loopback, comma-separated')
      .optional(),
    /** Bearer tokens: HS256 signed with this secret, or verified against an identity provider's JWKS. */
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    AUTH_ISSUER: z.string().min(1).default('capacity-exit'),
    AUTH_AUDIENCE: z.string().min(1).default('capacity-exit-api'),
    /**
     * Sign-in from the identity provider in the console (OAuth 2.0 authorization code flow with PKCE):
     * the provider's issuer (its discovery document is at /.well-known/openid-configuration under it),
     * the console's public client there, the scope asked for and, for providers that issue access tokens
     * per resource (RFC 8707), the resource indicator of this API. Both of the first two, or neither.
     */
    AUTH_OIDC_ISSUER: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .refine((url) => !/[?#]/.test(url), 'must be an issuer URL, without query or fragment')
      .optional(),
    AUTH_OIDC_CLIENT_ID: z.string().trim().min(1).max(200).optional(),
    AUTH_OIDC_SCOPE: z
      .string()
      .trim()
      .regex(
        /^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/,
        'must be scope tokens separated by spaces',
      )
      .default('openid'),
    AUTH_OIDC_RESOURCE: z
      .string()
      .refine(
        (value) => /^[a-z][a-z\d+.-]*:[^#\s]+$/i.test(value),
        'must be an absolute URI without a fragment (RFC 8707)',
      )
      .optional(),
    /**
     * Workflows the worker keeps in memory (the rest replay from history when they wake). The SDK's default
     * sizes it from the main heap alone; each cached case holds ~170 KiB in the workflow thread.
     */
    WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(100),
    /**
     * Whether the API process also runs a case worker and starts each case eagerly (Temporal's eager
     * workflow start): the server hands the case's first workflow task back with the start instead of
     * dispatching it through matching to a poller, and the API's worker takes the case to its deadline at
     * once (about 0.9 of the CPU a case costs at a steady pace; docs/benchmark-and-drills.md). Off by
     * default: the API process then does no workflow work.
     */
    EAGER_CASE_START: z.stringbool({ error: 'must be true or false' }).default(false),
    /**
     * Where the process serves Prometheus metrics at /metrics (host:port, a listener of its own): the API
     * its request durations and outbox backlog, the worker the Temporal SDK's metrics. Unset: none.
     */
    METRICS_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:9464')
      .optional(),
    /** Requests a minute from one address to each public endpoint (lists, tip intake). */
    PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
    /** When the published lists are snapshotted (Temporal Schedule): five cron fields, China Standard Time. */
    LIST_SNAPSHOT_CRON: z
      .string()
      .trim()
      .regex(/^[\w*,/?-]+(\s+[\w*,/?-]+){4}$/, 'must be five cron fields, e.g. 0 0 1 1,4,7,10 *')
      .default('0 0 1 1,4,7,10 *'),
    /** When the bureau's years are opened (Temporal Schedule): five cron fields, China Standard Time. */
    BUREAU_YEAR_CRON: z
      .string()
      .trim()
      .regex(/^[\w*,/?-]+(\s+[\w*,/?-]+){4}$/, 'must be five cron fields, e.g. 0 0 1 1 *')
      .default('0 0 1 1 *'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: 'set AUTH_JWT_SECRET or AUTH_JWKS_URL in production (the development secret is public)',
      });
    const oidc = ['AUTH_OIDC_ISSUER', 'AUTH_OIDC_CLIENT_ID'] as const;
    const given = oidc.filter((name) => env[name] !== undefined);
    for (const name of given.length === 1 ? oidc.filter((name) => env[name] === undefined) : [])
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `set ${oidc.join(' and ')} together (sign-in from the identity provider needs both)`,
      });
    if (given.length === 0) {
      if (env.AUTH_OIDC_RESOURCE !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_OIDC_RESOURCE'],
          message: 'is used only with AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID',
        });
      return;
    }
    if (!env.AUTH_JWKS_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: "set it to the identity provider's JWKS with AUTH_OIDC_ISSUER: the API verifies its tokens",
      });
    if (env.NODE_ENV === 'production' && env.AUTH_OIDC_ISSUER && !isHttpsOrLoopback(env.AUTH_OIDC_ISSUER))
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_OIDC_ISSUER'],
        message: 'must be an https URL in production (plain http only on the loopback address)',
      });
  })
  .transform((env) => ({
    ...env,
    TEMPORAL_UI_URL: (env.TEMPORAL_UI_URL ?? `http://127.0.0.1:${env.TEMPORAL_UI_PORT}`).replace(/\/+$/, ''),
  }));

/** Where `npm start`'s Temporal dev server serves its Web UI, with the default TEMPORAL_UI_PORT. */
export const DEFAULT_TEMPORAL_UI_URL = 'http://127.0.0.1:8233';

function isHttpsOrLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** The identity provider the console offers for signing in, when configured. */
export interface IdentityProvider {
  issuer: string;
  clientId: string;
  scope: string;
  resource: string | null;
}

export function identityProviderOf(config: Config): IdentityProvider | null {
  if (!config.AUTH_OIDC_ISSUER || !config.AUTH_OIDC_CLIENT_ID) return null;
  return {
    issuer: config.AUTH_OIDC_ISSUER,
    clientId: config.AUTH_OIDC_CLIENT_ID,
    scope: config.AUTH_OIDC_SCOPE,
    resource: config.AUTH_OIDC_RESOURCE ?? null,
  };
}

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
