/** What the console needs to know to offer sign-in from the identity provider. */
import type { IdentityProvider } from '../../config';
import type { AuthConfig } from '../schemas/auth-config';

export function authConfig(identityProvider: IdentityProvider | null): AuthConfig {
  return { identityProvider };
}
