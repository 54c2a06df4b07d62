/**
 * Who is calling: a bearer JWT (HS256 with a configured secret, or an identity provider's JWKS)
 * whose claims carry the user id (`sub`), roles, region code and, for departments, the department.
 */
import type { FastifyRequest } from 'fastify';
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { DEVELOPMENT_JWT_SECRET, type Config } from '../config';
import { DEPARTMENTS, ROLES, codesOf, type Department, type Role } from '../domain/enums';
import { isRegionCode } from '../domain/region';
import { ProblemError } from './problem';

export interface Principal {
  userId: string;
  roles: Role[];
  regionCode: string;
  department: Department | null;
}

const ClaimsSchema = z.object({
  sub: z.string().min(1).max(100),
  roles: z.array(z.enum(codesOf(ROLES))).min(1),
  region: z.string().refine(isRegionCode, 'must be a GB/T 2260 region code'),
  department: z.enum(codesOf(DEPARTMENTS)).optional(),
});

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

type AuthConfig = Pick<Config, 'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>;

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = config.AUTH_JWKS_URL
    ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL))
    : new TextEncoder().encode(config.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET);
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        algorithms: config.AUTH_JWKS_URL ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
      });
      const claims = ClaimsSchema.parse(payload);
      return {
        userId: claims.sub,
        roles: claims.roles,
        regionCode: claims.region,
        department: claims.department ?? null,
      };
    },
  };
}

/** Mints an HS256 token (for `npm run token` and tests). */
export async function mintToken(
  config: AuthConfig,
  principal: Principal,
  { expiresIn = '8h' }: { expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT({
    roles: principal.roles,
    region: principal.regionCode,
    ...(principal.department ? { department: principal.department } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.userId)
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET));
}

const principals = new WeakMap<FastifyRequest, Principal>();

/**
 * The caller, from the Authorization header; 401 when it is missing or does not verify. Verified once
 * per request: the app authenticates every route that declares `security` before validating its input.
 */
export async function principalOf(request: FastifyRequest, verifier: TokenVerifier): Promise<Principal> {
  const known = principals.get(request);
  if (known) return known;
  const principal = await verifiedPrincipal(request, verifier);
  principals.set(request, principal);
  return principal;
}

async function verifiedPrincipal(request: FastifyRequest, verifier: TokenVerifier): Promise<Principal> {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header) : null;
  if (!match)
    throw new ProblemError('unauthorized', 401, 'a bearer token is required (Authorization: Bearer …)');
  try {
    return await verifier.verify(match[1]!);
  } catch (error) {
    request.log.info({ err: error }, 'bearer token refused');
    throw new ProblemError('unauthorized', 401, 'the bearer token is not valid or has expired');
  }
}
