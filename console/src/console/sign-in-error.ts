/** Why signing in from the identity provider did not succeed; the pages pick their message by `reason`. */
export class SignInError extends Error {
  constructor(
    readonly reason:
      'insecureContext' | 'noPendingSignIn' | 'provider' | 'refused' | 'notAccepted' | 'notConfigured',
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}
