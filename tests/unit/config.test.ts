import { ConfigError, DEFAULT_TEMPORAL_UI_URL, identityProviderOf, loadConfig } from '../../config';

describe('configuration from the environment', () => {
  it('has embedded defaults for everything', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(config.TEMPORAL_RETENTION_DAYS).toBe(3650);
  });

  it('stops with a message naming each bad variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'nohost' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'nohost' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ connection URL/);
      expect(message).toMatch(/TEMPORAL_ADDRESS: must be host:port/);
      expect(message).not.toMatch(/LOG_LEVEL/);
    }
  });

  it('links to the Temporal Web UI npm start serves, unless TEMPORAL_UI_URL names another', () => {
    expect(loadConfig({}).TEMPORAL_UI_URL).toBe(DEFAULT_TEMPORAL_UI_URL);
    expect(DEFAULT_TEMPORAL_UI_URL).toBe('http://127.0.0.1:8233');
    expect(loadConfig({ TEMPORAL_UI_PORT: '9233' }).TEMPORAL_UI_URL).toBe('http://127.0.0.1:9233');
    expect(loadConfig({ TEMPORAL_UI_URL: 'https://temporal.example.gov.cn/ui/' }).TEMPORAL_UI_URL).toBe(
      'https://temporal.example.gov.cn/ui',
    );
    expect(() => loadConfig({ TEMPORAL_UI_URL: 'ftp://temporal' })).toThrow(
      /TEMPORAL_UI_URL: must be an http\(s\) URL/,
    );
  });
});

describe('sign-in from the identity provider', () => {
  const provider = {
    AUTH_JWKS_URL: 'https://id.example.gov.cn/jwks',
    AUTH_OIDC_ISSUER: 'https://id.example.gov.cn',
    AUTH_OIDC_CLIENT_ID: 'capacity-exit-console',
  };
  const problems = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('is off unless configured, and then offered with the default scope and no resource', () => {
    expect(identityProviderOf(loadConfig({}))).toBeNull();
    expect(identityProviderOf(loadConfig(provider))).toEqual({
      issuer: 'https://id.example.gov.cn',
      clientId: 'capacity-exit-console',
      scope: 'openid',
      resource: null,
    });
  });

  it('needs the issuer and the client together', () => {
    expect(problems({ ...provider, AUTH_OIDC_CLIENT_ID: undefined })).toMatch(
      /AUTH_OIDC_CLIENT_ID: set AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID together/,
    );
    expect(problems({ ...provider, AUTH_OIDC_ISSUER: undefined })).toMatch(
      /AUTH_OIDC_ISSUER: set AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID together/,
    );
    expect(problems({ AUTH_OIDC_RESOURCE: 'urn:capacity-exit:api' })).toMatch(
      /AUTH_OIDC_RESOURCE: is used only with AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID/,
    );
  });

  it("needs AUTH_JWKS_URL, since the API verifies the provider's tokens against it", () => {
    expect(problems({ ...provider, AUTH_JWKS_URL: undefined })).toMatch(
      /AUTH_JWKS_URL: set it to the identity provider's JWKS/,
    );
  });

  it('refuses a malformed issuer, scope or resource, and plain http in production off the loopback', () => {
    expect(problems({ ...provider, AUTH_OIDC_ISSUER: 'id.example.gov.cn' })).toMatch(/AUTH_OIDC_ISSUER:/);
    expect(problems({ ...provider, AUTH_OIDC_ISSUER: 'https://id.example.gov.cn/?realm=x' })).toMatch(
      /AUTH_OIDC_ISSUER: must be an issuer URL/,
    );
    expect(problems({ ...provider, AUTH_OIDC_SCOPE: 'openid  "roles"' })).toMatch(/AUTH_OIDC_SCOPE:/);
    expect(problems({ ...provider, AUTH_OIDC_RESOURCE: 'capacity-exit-api' })).toMatch(/AUTH_OIDC_RESOURCE:/);
    const production = { ...provider, NODE_ENV: 'production' as const };
    expect(problems({ ...production, AUTH_OIDC_ISSUER: 'http://id.example.gov.cn' })).toMatch(
      /AUTH_OIDC_ISSUER: must be an https URL in production/,
    );
    expect(problems({ ...production, AUTH_OIDC_ISSUER: 'http://127.0.0.1:4000' })).toBe('');
    expect(problems({ ...provider, AUTH_OIDC_ISSUER: 'http://id.example.gov.cn' })).toBe('');
  });
});
