/**
 * Starts the service the browser tests use — the worker and the API as their own processes, on the
 * scratch servers scripts/test.ts started — and stops it when the tests end. Warns when Debian's
 * Chromium and the Chromium this Playwright was built for drift apart.
 */
import { createRequire } from 'node:module';
import { startService } from '../../scripts/lib/service';
import { chromiumMajor, chromiumPath } from './chromium';

/** The Chromium major each Playwright minor is built for (Playwright's release notes). */
const PLAYWRIGHT_CHROMIUM: Record<string, number> = { '1.64': 156 };

function warnOnBrowserDrift(): void {
  const version = (createRequire(__filename)('@playwright/test/package.json') as { version: string }).version;
  const minor = version.split('.').slice(0, 2).join('.');
  const expected = PLAYWRIGHT_CHROMIUM[minor];
  const actual = chromiumMajor();
  if (actual === null)
    throw new Error(`no Chromium at ${chromiumPath()}: run \`npm test\`, whose bootstrap installs it`);
  if (expected === undefined || expected !== actual)
    process.stderr.write(
      `[browser] warning: Playwright ${version} is built for Chromium ${expected ?? '(unknown)'}, ` +
        `and ${chromiumPath()} is Chromium ${actual}; pin @playwright/test to the version built for it\n`,
    );
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  warnOnBrowserDrift();
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
  if (!databaseUrl || !temporalAddress)
    throw new Error(
      'TEST_DATABASE_URL and TEST_TEMPORAL_ADDRESS are unset: run the browser tests with `npm test`',
    );
  const service = await startService(
    { databaseUrl, temporalAddress },
    { LOG_LEVEL: process.env.BROWSER_SERVICE_LOG_LEVEL ?? 'warn', PUBLIC_RATE_LIMIT_PER_MINUTE: '10000' },
  );
  const baseUrl = service.baseUrl;
  process.env.BROWSER_BASE_URL = baseUrl;
  return () => service.stop();
}
