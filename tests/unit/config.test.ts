import { ConfigError, DEFAULT_TEMPORAL_UI_URL, loadConfig } from '../../config';

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
