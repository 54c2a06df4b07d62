/**
 * GET /v1/auth/config: whether the console may offer sign-in from the identity provider, and with what.
 * Public and rate limited like the other public endpoints. With a provider configured, the pages'
 * Content-Security-Policy lets them call its origin (discovery and token endpoints) and no other.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../api/app';
import { createTokenVerifier } from '../../api/auth';
import { identityProviderOf, loadConfig } from '../../config';
import { rateLimitedApp, startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';

let api: ApiHarness;
let contract: OpenApiContract;
let withProvider: FastifyInstance;

const PROVIDER_ENV = {
  AUTH_JWKS_URL: 'https://id.example.gov.cn/realms/capacity-exit/protocol/openid-connect/certs',
  AUTH_ISSUER: 'https://id.example.gov.cn/realms/capacity-exit',
  AUTH_OIDC_ISSUER: 'https://id.example.gov.cn/realms/capacity-exit',
  AUTH_OIDC_CLIENT_ID: 'capacity-exit-console',
  AUTH_OIDC_SCOPE: 'openid profile',
  AUTH_OIDC_RESOURCE: 'urn:capacity-exit:api',
};

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  const config = loadConfig(PROVIDER_ENV);
  withProvider = await buildApp({
    db: api.database.db,
    pool: api.database.pool,
    temporal: api.temporal,
    logger: pino({ level: 'silent' }),
    taskQueue: api.taskQueue,
    verifier: createTokenVerifier(config),
    identityProvider: identityProviderOf(config),
  });
});
afterAll(async () => {
  await withProvider?.close();
  await api?.close();
});

async function authConfig(app: FastifyInstance): Promise<LightMyRequestResponse> {
  const answer = await app.inject({ url: '/v1/auth/config' });
  expect(contract.problemWith('GET', '/v1/auth/config', answer)).toBeNull();
  return answer;
}

const connectSrc = (answer: LightMyRequestResponse) =>
  /(?:^|;)connect-src ([^;]*)/.exec(String(answer.headers['content-security-policy']))?.[1] ?? null;

it('says that only tokens are accepted when no identity provider is configured', async () => {
  const answer = await authConfig(api.app);
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({ identityProvider: null });
  // The pages may call their own origin only (default-src 'self').
  expect(connectSrc(answer)).toBeNull();
  expect(String(answer.headers['content-security-policy'])).toContain("default-src 'self'");
});

it('names the configured provider, the console’s public client, the scope and the resource, without a token', async () => {
  const answer = await authConfig(withProvider);
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({
    identityProvider: {
      issuer: 'https://id.example.gov.cn/realms/capacity-exit',
      clientId: 'capacity-exit-console',
      scope: 'openid profile',
      resource: 'urn:capacity-exit:api',
    },
  });
});

it('lets the console’s pages call the provider’s origin, and no other', async () => {
  for (const url of ['/v1/auth/config', '/console/', '/console/auth/callback']) {
    const answer = await withProvider.inject({ url });
    expect(connectSrc(answer)).toBe("'self' https://id.example.gov.cn");
  }
});

it('limits it per address like the other public endpoints: past the limit, a 429 problem', async () => {
  const limited = await rateLimitedApp(api, 2);
  try {
    for (let i = 0; i < 2; i += 1) expect((await authConfig(limited)).statusCode).toBe(200);
    const refused = await authConfig(limited);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
  } finally {
    await limited.close();
  }
});
