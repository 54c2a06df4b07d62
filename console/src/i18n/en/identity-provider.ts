import type { Messages } from '../messages';

export const identityProvider: Messages['identityProvider'] = {
  signIn: 'Sign in with the identity provider',
  orToken: 'or paste a token',
  insecureContext:
    'Signing in with the identity provider needs this site over HTTPS; you can paste a token instead.',
  unavailable: (detail: string) =>
    `The identity provider cannot be reached now (${detail}); try again later, or paste a token.`,
  callback: {
    finishing: 'Finishing signing in…',
    failedTitle: 'Not signed in',
    refused: (detail: string) => `The identity provider did not sign you in: ${detail}`,
    noPendingSignIn:
      'This sign-in is no longer valid (finished, expired or started in another tab); sign in again.',
    notAccepted:
      'The service did not accept the token the identity provider issued: the account may lack roles or a region; ask your administrator.',
    notConfigured: 'No identity provider is configured for this service.',
    failed: (detail: string) => `Signing in did not succeed: ${detail}`,
    backToSignIn: 'Back to sign-in',
  },
};
