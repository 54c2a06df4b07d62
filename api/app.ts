/**
 * The API as one Fastify plugin tree, built from its dependencies. server.ts starts it; tests build
 * it and call `inject`.
 */
import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { IdentityProvider } from '../config';
import type { Database } from '../db/client';
import { principalOf, type TokenVerifier } from './auth';
import {
  AllowedMethods,
  clientErrorHandler,
  frameworkErrorHandler,
  registerErrorHandler,
} from './error-handler';
import { registerConsole } from './console';
import { lingerOnClose } from './lingering-close';
import type { ApiMetrics } from './metrics';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { DEFAULT_PUBLIC_RATE_LIMIT, registerSecurity, type RateLimitOptions } from './security';
import { auditRoutes } from './routes/audit';
import { authConfigRoutes } from './routes/auth-config';
import { caseRoutes } from './routes/cases';
import { decisionRoutes } from './routes/decisions';
import { taskRoutes } from './routes/tasks';
import { findingRoutes } from './routes/findings';
import { healthRoutes } from './routes/health';
import { tipRoutes } from './routes/tips';
import { listRoutes } from './routes/lists';
import { meRoutes } from './routes/me';
import { regionRoutes } from './routes/regions';
import { policyRoutes } from './routes/policies';
import { yearRoutes } from './routes/years';
import { announcementRoutes } from './routes/announcements';
import { quarterlyNoticeRoutes } from './routes/quarterly-notices';
import { yearReportRoutes } from './routes/year-reports';
import { supervisionRoutes } from './routes/supervision';
import { radarRoutes } from './routes/radar';
import { statisticsRoutes } from './routes/statistics';
import { urgingRoutes } from './routes/urgings';
// Last: its schemas come last in the OpenAPI document's components.
import { censusRoutes } from './routes/census';
import { censusInventoryRoutes } from './routes/census-inventory';

export interface AppDeps {
  db: Database;
  pool: Pool;
  temporal: Client;
  logger: Logger;
  /** Verifies callers' bearer tokens. */
  verifier: TokenVerifier;
  /** Defaults to the case workflows' released task queue. */
  taskQueue?: string;
  /** The per-address limit on public endpoints; 60 a minute unless configured. */
  publicRateLimit?: RateLimitOptions;
  /** Where the built console is (api/console.ts); console/dist unless given. */
  consoleDist?: string;
  /** The Temporal Web UI's address (`TEMPORAL_UI_URL`), for the case view's link to raw history. */
  temporalUiUrl?: string;
  /** The identity provider the console offers for signing in (config identityProviderOf); none unless given. */
  identityProvider?: IdentityProvider | null;
  /** Proxies whose X-Forwarded-For names the client (`TRUST_PROXY`); none unless given. */
  trustProxy?: string;
  /** Prometheus metrics the app observes its answers into (api/metrics.ts); none unless given. */
  metrics?: ApiMetrics;
  /**
   * This process runs a case worker on `taskQueue` over `temporal`'s NativeConnection: cases are started
   * eagerly (EAGER_CASE_START); off unless given.
   */
  eagerCaseStart?: boolean;
}

const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

export interface RouteSummary {
  method: string;
  url: string;
}
const documentedRoutes = new WeakMap<FastifyInstance, RouteSummary[]>();

/** The routes an app serves that the OpenAPI document must describe (all but the docs' own). */
export function routesOf(app: FastifyInstance): RouteSummary[] {
  return documentedRoutes.get(app) ?? [];
}

/** Every error answer is a problem body: document 4xx/5xx content as application/problem+json. */
function withProblemContentType<T>(document: T): T {
  const paths =
    (document as { paths?: Record<string, Record<string, { responses?: Responses }>> }).paths ?? {};
  for (const operations of Object.values(paths))
    for (const operation of Object.values(operations))
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'] as { schema?: { $ref?: string } } | undefined;
        if (Number(status) >= 400 && json?.schema?.$ref === '#/components/schemas/Problem') {
          delete response.content!['application/json'];
          response.content![PROBLEM_CONTENT_TYPE] = json;
        }
      }
  return document;
}
type Responses = Record<string, { content?: Record<string, unknown> }>;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    ...(deps.trustProxy ? { trustProxy: deps.trustProxy } : {}),
    requestIdHeader: 'x-request-id',
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    genReqId: (request) => {
      const offered = request.headers['x-request-id'];
      return typeof offered === 'string' && REQUEST_ID_PATTERN.test(offered) ? offered : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  lingerOnClose(app.server);
  const routes: RouteSummary[] = [];
  documentedRoutes.set(app, routes);
  const allowed = new AllowedMethods();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') allowed.add(method, route.url);
    if ((route.schema as { hide?: boolean } | undefined)?.hide) return;
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });

  // The API speaks JSON only: anything else is 415, not a string for the schema to reject.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  deps.metrics?.instrument(app);
  registerErrorHandler(app, allowed);
  // Before authentication, whose 401 ends the onRequest hooks: every answer carries the security headers.
  await registerSecurity(app, deps.publicRateLimit ?? DEFAULT_PUBLIC_RATE_LIMIT, {
    // The console's pages call the provider's discovery and token endpoints from the browser.
    connectSources: deps.identityProvider ? [new URL(deps.identityProvider.issuer).origin] : [],
  });
  // A secured route answers 401 to a caller without a valid token before it looks at the input.
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.schema?.security?.length) await principalOf(request, deps.verifier);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '落后产能退出 — backward capacity exit service',
        description:
          'Rectification cases for backward production capacity: findings, deadlines, decisions, exit. ' +
          'Errors are RFC 9457 problem details (application/problem+json).',
        version: '1.0.0',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => withProblemContentType(jsonSchemaTransformObject(input)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes, { pool: deps.pool, temporal: deps.temporal });
  await app.register(findingRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    eagerStart: deps.eagerCaseStart,
    verifier: deps.verifier,
    temporalUiUrl: deps.temporalUiUrl,
  });
  await app.register(censusRoutes, { verifier: deps.verifier, db: deps.db });
  await app.register(censusInventoryRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    eagerStart: deps.eagerCaseStart,
    verifier: deps.verifier,
  });
  await app.register(radarRoutes, { db: deps.db, verifier: deps.verifier });
  await app.register(caseRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    verifier: deps.verifier,
    temporalUiUrl: deps.temporalUiUrl,
  });
  await app.register(decisionRoutes, { db: deps.db, temporal: deps.temporal, verifier: deps.verifier });
  await app.register(urgingRoutes, { db: deps.db, temporal: deps.temporal, verifier: deps.verifier });
  await app.register(meRoutes, { verifier: deps.verifier });
  await app.register(authConfigRoutes, { identityProvider: deps.identityProvider ?? null });
  await app.register(regionRoutes);
  await app.register(policyRoutes);
  await app.register(yearRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    verifier: deps.verifier,
  });
  await app.register(announcementRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    verifier: deps.verifier,
  });
  await app.register(supervisionRoutes, { db: deps.db, verifier: deps.verifier });
  await app.register(quarterlyNoticeRoutes, { db: deps.db });
  await app.register(yearReportRoutes, { db: deps.db, verifier: deps.verifier });
  await app.register(taskRoutes, { db: deps.db, verifier: deps.verifier });
  await app.register(auditRoutes, { db: deps.db, temporal: deps.temporal, verifier: deps.verifier });
  await app.register(tipRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    verifier: deps.verifier,
  });
  await app.register(listRoutes, {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    verifier: deps.verifier,
  });
  await app.register(statisticsRoutes, { db: deps.db, verifier: deps.verifier });
  await registerConsole(app, deps.consoleDist);
  return app;
}
