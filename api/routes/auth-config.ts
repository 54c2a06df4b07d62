/** How to sign in: public, so that the console's sign-in page can ask before anyone has a token. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IdentityProvider } from '../../config';
import { ProblemSchema } from '../problem';
import { AuthConfigSchema } from '../schemas/auth-config';
import { PUBLIC_ENDPOINT } from '../security';
import { authConfig } from '../services/auth-config';

export const authConfigRoutes: FastifyPluginAsyncZod<{ identityProvider: IdentityProvider | null }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/auth/config',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['me'],
        summary: 'How to sign in: with a token, and from which identity provider (OpenID Connect)',
        description:
          'Public, no token; rate limited per address. Says whether the console may offer sign-in from the ' +
          'identity provider (AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID) and with which issuer, client, scope and ' +
          'resource indicator. Nothing in it is secret: the client is a public one, protected by PKCE.',
        response: { 200: AuthConfigSchema, 429: ProblemSchema },
      },
    },
    async () => authConfig(deps.identityProvider),
  );
};
