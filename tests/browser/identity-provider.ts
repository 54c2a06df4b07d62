/**
 * A real OpenID provider for the browser tests — panva's oidc-provider, certified by the OpenID
 * Foundation — run as its own process (the package is ESM only): `node --import tsx
 * tests/browser/identity-provider.ts`. It knows one public client (the console: PKCE required, no
 * secret), signs in any of the accounts it is given through its development login and consent pages,
 * and issues JWT access tokens (RS256) for one resource indicator, whose audience is the API's and
 * which carry the claims the API reads (roles, region, department) besides `sub`.
 *
 * Configured by the environment: PORT; REDIRECT_URI (the console's callback); CLIENT_ID; RESOURCE
 * (the API's resource indicator, RFC 8707); AUDIENCE (the access tokens' `aud`); ACCOUNTS, JSON
 * `{ accountId: { roles, region, department? } }`. Its issuer is http://127.0.0.1:PORT and its JWKS is at
 * /jwks. Answers SIGTERM by closing.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

interface AccountClaims {
  roles?: string[];
  region?: string;
  department?: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`identity-provider: ${name} is unset`);
  return value;
}

async function main(): Promise<void> {
  const port = Number(required('PORT'));
  const redirectUri = required('REDIRECT_URI');
  const clientId = required('CLIENT_ID');
  const resource = required('RESOURCE');
  const audience = required('AUDIENCE');
  const accounts = JSON.parse(required('ACCOUNTS')) as Record<string, AccountClaims>;
  const issuer = `http://127.0.0.1:${port}`;

  // ESM only: a dynamic import from this CommonJS module.
  const { default: Provider, errors } = await import('oidc-provider');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    // Short lives, as a test needs; cross-origin calls only from the client's own origin.
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
    },
    clientBasedCORS: (_ctx, origin, client) =>
      (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    claims: { openid: ['sub'] },
    async findAccount(_ctx, id) {
      if (!(id in accounts)) return undefined;
      return { accountId: id, claims: () => ({ sub: id }) };
    },
    // The API's claims, in the access token for its audience only.
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      return { ...accounts[token.accountId] };
    },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        async getResourceServerInfo(_ctx, indicator) {
          if (indicator !== resource) throw new errors.InvalidTarget();
          return {
            audience,
            scope: '',
            accessTokenFormat: 'jwt',
            accessTokenTTL: 600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  });
  // Plain http on the loopback address: nothing to proxy, nothing to secure.
  provider.on('server_error', (_ctx, error) =>
    process.stderr.write(`[identity-provider] ${String(error)}\n`),
  );
  const server = provider.listen(port, '127.0.0.1');
  server.on('listening', () => process.stdout.write(`[identity-provider] ${issuer}\n`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`identity-provider failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
