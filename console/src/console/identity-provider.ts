/**
 * Signing in from the identity provider: the OAuth 2.0 authorization code flow with PKCE (RFC 7636) for
 * a public client, by oauth4webapi. `startSignIn` sends the browser to the provider's authorization
 * endpoint; the provider sends it back to /console/auth/callback, where `finishSignIn` checks the answer
 * and exchanges the code for an access token. That token is then used like a pasted one: the API verifies
 * it against the provider's keys (AUTH_JWKS_URL). Loaded only when needed (it is not on the first page).
 */
import * as oauth from 'oauth4webapi';
import type { Schemas } from '../http/client';
import { SignInError } from './sign-in-error';

export type IdentityProvider = Schemas['IdentityProvider'];

/** The callback route's address, which the console's client at the provider must allow. */
export const CALLBACK_PATH = '/console/auth/callback';
const PENDING_KEY = 'capacity-exit.sign-in';

/** What the tab remembers between leaving for the provider and coming back. */
interface Pending {
  issuer: string;
  codeVerifier: string;
  state: string;
  nonce: string | null;
  /** Where in the console the user was going (a path under /console). */
  next: string;
}

function redirectUri(): string {
  return `${window.location.origin}${CALLBACK_PATH}`;
}

/** Plain http only where the API's configuration allowed it (outside production, or on the loopback). */
function options(provider: IdentityProvider) {
  return { [oauth.allowInsecureRequests]: new URL(provider.issuer).protocol === 'http:' };
}

async function discover(provider: IdentityProvider): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(provider.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options(provider)));
}

const wantsIdToken = (provider: IdentityProvider) => provider.scope.split(' ').includes('openid');

/** Leaves for the provider's sign-in page; resolves only if it could not. */
export async function startSignIn(provider: IdentityProvider, next: string): Promise<void> {
  // PKCE's S256 needs Web Crypto, which browsers give only to https pages and to localhost.
  if (!window.isSecureContext || !crypto.subtle) throw new SignInError('insecureContext');
  const server = await discover(provider);
  if (!server.authorization_endpoint) throw new SignInError('provider', 'no authorization endpoint');
  const pending: Pending = {
    issuer: provider.issuer,
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: wantsIdToken(provider) ? oauth.generateRandomNonce() : null,
    next,
  };
  const url = new URL(server.authorization_endpoint);
  const parameters: Record<string, string> = {
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: provider.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    ...(pending.nonce ? { nonce: pending.nonce } : {}),
    ...(provider.resource ? { resource: provider.resource } : {}),
  };
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  window.location.assign(url.href);
}

/**
 * Back from the provider at `callback` (the callback page's full URL): checks the state, exchanges the
 * code with the PKCE verifier and returns the access token and where the user was going. The pending
 * sign-in is used once, whatever the outcome.
 */
export async function finishSignIn(
  provider: IdentityProvider,
  callback: URL,
): Promise<{ accessToken: string; next: string }> {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const pending = stored ? (JSON.parse(stored) as Pending) : null;
  if (!pending || pending.issuer !== provider.issuer) throw new SignInError('noPendingSignIn');
  const server = await discover(provider);
  const client: oauth.Client = { client_id: provider.clientId };
  let parameters: URLSearchParams;
  try {
    parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError)
      throw new SignInError('refused', error.error_description ?? error.error);
    throw error;
  }
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.codeVerifier,
    {
      ...options(provider),
      ...(provider.resource ? { additionalParameters: { resource: provider.resource } } : {}),
    },
  );
  try {
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, response, {
      expectedNonce: pending.nonce ?? oauth.expectNoNonce,
      requireIdToken: pending.nonce !== null,
    });
    return { accessToken: tokens.access_token, next: pending.next };
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError)
      throw new SignInError('refused', error.error_description ?? error.error);
    throw error;
  }
}
