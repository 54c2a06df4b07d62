/**
 * The console's tests in a real browser: Debian's Chromium driven by Playwright, against the real
 * service (worker + API on the scratch PostgreSQL and Temporal that scripts/test.ts started).
 * Playwright cannot download its own browser here; CHROMIUM_PATH (default /usr/bin/chromium) is used.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/browser',
  globalSetup: './global-setup.ts',
  // Two cores run the browser, the API, the worker, Temporal and PostgreSQL: one page at a time.
  workers: 1,
  repeatEach: Number(process.env.PW_REPEAT_EACH ?? 1),
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // The list for people; the JSON report for .ci/run's pass/fail count.
  reporter: [['list'], ['json', { outputFile: '../../test-results/browser.json' }]],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
