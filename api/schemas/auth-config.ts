/** How the console may sign a user in: with a pasted token, and from the identity provider when configured. */
import { z } from 'zod';

const IdentityProviderSchema = z
  .object({
    issuer: z.string().meta({
      description:
        'the provider’s issuer URL; its OpenID Connect discovery document is at ' +
        '`{issuer}/.well-known/openid-configuration`',
      example: 'https://id.example.gov.cn/realms/capacity-exit',
    }),
    clientId: z.string().meta({ description: 'the console’s public client at the provider (no secret)' }),
    scope: z
      .string()
      .meta({ description: 'the scope to ask for, tokens separated by spaces', example: 'openid' }),
    resource: z
      .string()
      .nullable()
      .meta({
        description:
          'the resource indicator (RFC 8707) to send with the authorization and token requests, so that the ' +
          'provider issues an access token for this API; null to send none',
      }),
  })
  .meta({ id: 'IdentityProvider' });

export const AuthConfigSchema = z
  .object({
    identityProvider: IdentityProviderSchema.nullable().meta({
      description:
        'the identity provider to offer for signing in (OAuth 2.0 authorization code flow with PKCE, ' +
        'redirect URI `/console/auth/callback`); null when none is configured and only tokens are accepted',
    }),
  })
  .meta({
    id: 'AuthConfig',
    description:
      'How to get a bearer token this API accepts. A token may always be pasted; the provider’s access ' +
      'tokens are verified against AUTH_JWKS_URL like any other.',
  });

export type AuthConfig = z.output<typeof AuthConfigSchema>;
