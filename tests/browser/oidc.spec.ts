/**
 * Signing in from the identity provider, for real: panva's oidc-provider in its own process
 * (identity-provider.ts) and an API process configured for it — AUTH_JWKS_URL at the provider's keys,
 * AUTH_OIDC_* for the console — on the same PostgreSQL and Temporal as the service the other tests use
 * (whose worker runs the cases). The console goes through the provider's login and consent pages by the
 * authorization code flow with PKCE and lands where the user was going, signed in as the provider's user
 * with the roles and the county its access token carries.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { freePort, spawnEntryPoint, stopProcess, waitForHttp } from '../../scripts/lib/processes';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { authorizationFor, officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, test } from './fixtures';

const CLIENT_ID = 'capacity-exit-console';
const RESOURCE = 'urn:capacity-exit:api';
const AUDIENCE = 'capacity-exit-api';
/** The provider's accounts: a department officer in Gusu (320508), and one the service gives no roles. */
const ACCOUNTS = {
  'zhang.wei': { roles: ['department_officer'], region: '320508', department: 'industry_it' },
  visitor: {},
};

/** What the console keeps for the tab's session (console/src/http/client.ts). */
const KEPT_TOKEN = "sessionStorage.getItem('capacity-exit.token')";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let issuer: string;
let consoleUrl: string;
const processes: ChildProcess[] = [];

test.beforeAll(async () => {
  const providerPort = await freePort();
  const apiPort = await freePort();
  issuer = `http://127.0.0.1:${providerPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  consoleUrl = `${apiUrl}/console`;
  const provider = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'identity-provider.ts')],
    {
      env: {
        ...process.env,
        PORT: String(providerPort),
        REDIRECT_URI: `${consoleUrl}/auth/callback`,
        CLIENT_ID,
        RESOURCE,
        AUDIENCE,
        ACCOUNTS: JSON.stringify(ACCOUNTS),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  processes.push(provider);
  const api = spawnEntryPoint('server.ts', {
    ...process.env,
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '10000',
    AUTH_JWKS_URL: `${issuer}/jwks`,
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_OIDC_ISSUER: issuer,
    AUTH_OIDC_CLIENT_ID: CLIENT_ID,
    AUTH_OIDC_RESOURCE: RESOURCE,
  });
  processes.push(api);
  const exited = () => processes.some((child) => child.exitCode !== null);
  await Promise.all([
    waitForHttp(`${issuer}/.well-known/openid-configuration`, 30_000, exited),
    waitForHttp(`${apiUrl}/readyz`, 60_000, exited),
  ]);
});

test.afterAll(async () => {
  await Promise.all(processes.map((child) => stopProcess(child)));
});

test.beforeEach(async ({ page }) => {
  // The provider's development pages ask for a web font; nothing leaves this machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
});

/** At the provider: its login page (any password), then its consent page — by keyboard alone. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${escaped(issuer)}/interaction/`));
  await expect(page.getByPlaceholder('Enter any login')).toBeFocused();
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await page.keyboard.type('any password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('an officer signs in from the identity provider and lands where they were going, in their county only', async ({
  page,
}) => {
  // Two cases of the officer's department: one in their county (Gusu), one in the next (Wuzhong).
  const findingDate = addDays(chinaDateOf(new Date()), -10);
  const own = aFinding({ findingDate }, { enterpriseName: '统一认证测试钢铁厂' });
  const neighbours = aFinding(
    { findingDate },
    { enterpriseName: '邻县认证测试钢铁厂', regionCode: '320506' },
  );
  for (const finding of [own, neighbours]) {
    const filed = await callAs<{ id: string }>(officerFor(finding), '/v1/findings', {
      method: 'POST',
      body: finding,
    });
    expect(filed.status).toBe(201);
    await eventually(
      () => callAs<{ items: { caseId: string }[] }>(officerFor(finding), '/v1/tasks?limit=200'),
      (answer) => answer.body.items.some((task) => task.caseId === filed.body.id),
      `the task of ${filed.body.id}`,
    );
  }

  await page.goto(`${consoleUrl}/?kind=reinspection`);
  await expect(page).toHaveURL(`${consoleUrl}/sign-in?next=${encodeURIComponent('/?kind=reinspection')}`);
  const fromProvider = page.getByRole('button', { name: '使用统一身份认证登录' });
  await expect(fromProvider).toBeVisible();
  // The pasted-token form stays.
  await expect(page.getByLabel('身份令牌')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // By keyboard: the provider's button has the focus.
  await expect(fromProvider).toBeFocused();
  await page.keyboard.press('Enter');
  await signInAtProvider(page, 'zhang.wei');

  // Back in the console, where the user was going, signed in as the provider's user.
  // (The router writes the console's root without its slash.)
  await expect(page).toHaveURL(new RegExp(`^${escaped(consoleUrl)}/?\\?kind=reinspection$`));
  const signedInAs = page.getByTestId('signed-in-as');
  await expect(signedInAs).toContainText('当前用户：zhang.wei');
  await expect(signedInAs).toContainText('职能部门经办人');
  await expect(signedInAs).toContainText('姑苏区');
  await expect(page.getByRole('link', { name: own.enterprise.name })).toBeVisible();
  await expect(page.getByRole('link', { name: neighbours.enterprise.name })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  // The tab keeps the provider's access token, as it keeps a pasted one.
  const token = await page.evaluate<string | null>(KEPT_TOKEN);
  const [header, payload] = (token ?? '')
    .split('.')
    .slice(0, 2)
    .map(
      (part: string) =>
        JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>,
    );
  expect(header).toMatchObject({ alg: 'RS256', kid: 'test-rs256' });
  expect(payload).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: 'zhang.wei', region: '320508' });
});

test('an account the service gives no roles is told so, and nothing is kept', async ({ page }) => {
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByRole('button', { name: '使用统一身份认证登录' }).click();
  await signInAtProvider(page, 'visitor');
  await expect(page).toHaveURL(new RegExp(`^${escaped(consoleUrl)}/auth/callback\\?`));
  await expect(page.getByText('未能登录')).toBeVisible();
  await expect(page.getByText(/本系统未接受统一身份认证签发的令牌/)).toBeVisible();
  expect(await page.evaluate<string | null>(KEPT_TOKEN)).toBeNull();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '返回登录页' }).click();
  await expect(page).toHaveURL(`${consoleUrl}/sign-in`);
});

test('a sign-in cancelled at the provider says so, and reloading the callback does not sign in', async ({
  page,
}) => {
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByRole('button', { name: '使用统一身份认证登录' }).click();
  await expect(page).toHaveURL(new RegExp(`^${escaped(issuer)}/interaction/`));
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  await expect(page.getByText('未能登录')).toBeVisible();
  await expect(page.getByText(/统一身份认证未完成登录：End-User aborted interaction/)).toBeVisible();
  // The pending sign-in was used up: the same answer again is no sign-in at all.
  await page.reload();
  await expect(page.getByText(/这次登录已失效/)).toBeVisible();
  expect(await page.evaluate<string | null>(KEPT_TOKEN)).toBeNull();
});

test('without an identity provider, the sign-in page offers the token form alone, and a pasted token signs in', async ({
  page,
}) => {
  // The service the other tests use has no AUTH_OIDC_* settings.
  const supervisor = {
    userId: 'li.na',
    roles: ['supervisor' as const],
    regionCode: '320500',
    department: null,
  };
  await page.goto('/console/sign-in?next=%2F');
  const token = page.getByLabel('身份令牌');
  await expect(token).toBeFocused();
  await expect(page.getByRole('button', { name: '使用统一身份认证登录' })).toHaveCount(0);
  await page.keyboard.type((await authorizationFor(supervisor)).replace(/^Bearer /, ''));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toContainText('当前用户：li.na');
  await expect(page.getByTestId('signed-in-as')).toContainText('苏州市');
});
