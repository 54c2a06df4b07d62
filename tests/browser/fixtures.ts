/**
 * What every browser test stands on: the running service's address, signing a page in as a
 * principal (the same bearer tokens the API tests use), driving the service over HTTP to set a scene,
 * and axe-core's check of a page.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { call, type Answer, type CallOptions } from '../kit/http';
import { authorizationFor } from '../kit/tokens';

export { expect };

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus: the keyboard's own path to it. Throws when
 * `most` presses never reach it.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { most = 120, backwards = false }: { most?: number; backwards?: boolean } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  await expect(target).toBeEnabled();
  for (let presses = 0; presses < most; presses += 1) {
    // Runs in the page: `element.ownerDocument` is the page's document (this file is typed for Node).
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Opens the console menu's entry `name` by keyboard: Tab to the menu, arrows along it, Enter.
 * The menu moves the focus on the next animation frame, so each arrow waits for the focus to move
 * before the next look: a look taken before it moves could see the entry, and Enter would then
 * land on the entry after it.
 */
export async function openMenuEntryByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('menu'));
  const entry = page.getByRole('menuitem', { name });
  const focusedText = () => page.evaluate<string>("document.activeElement?.textContent ?? ''");
  for (let presses = 0; presses < 16; presses += 1) {
    if (await entry.evaluate((element) => element === element.ownerDocument.activeElement)) break;
    const before = await focusedText();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedText).not.toBe(before);
  }
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');
}

/**
 * Chooses the option `label` of an antd select and waits until the select shows it. The options of a
 * select often arrive after it opens (they are fetched), and a click that lands while the list
 * re-renders is lost, so the choice is retried until the select holds it.
 */
export async function chooseOption(page: Page, combobox: Locator, label: string): Promise<void> {
  const select = combobox.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const option = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`,
  );
  await expect(async () => {
    if (!(await option.isVisible())) await combobox.click();
    await option.click({ timeout: 2_000 });
    await expect(select).toContainText(label, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

export function serviceUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) throw new Error('BROWSER_BASE_URL is unset: global-setup.ts starts the service');
  return url;
}

/** Calls the service's API as `principal` (or anonymously). */
export async function callAs<T>(
  principal: Principal | null,
  path: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  return call<T>(`${serviceUrl()}${path}`, {
    ...options,
    ...(principal ? { authorization: await authorizationFor(principal) } : {}),
  });
}

/** Opens the console at `path` signed in as `principal`: the token goes where the sign-in page keeps it. */
export async function openConsoleAs(page: Page, principal: Principal, path = '/'): Promise<void> {
  const token = (await authorizationFor(principal)).replace(/^Bearer /, '');
  await page.addInitScript(`sessionStorage.setItem('capacity-exit.token', ${JSON.stringify(token)})`);
  await page.goto(`/console${path}`);
}

/** axe-core on the page as it stands: the serious and critical violations, as readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Colours are judged as they settle: a toast still fading in has not reached its contrast yet.
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined)),
  )`);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

export const test = base.extend({
  baseURL: async ({}, use) => use(serviceUrl()),
});
