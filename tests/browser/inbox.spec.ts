/** My inbox in the browser: sorted by the legal deadline, marked in words, filters kept in the URL. */
import { addDays, chinaDateOf } from '../../domain/calendar';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

test('an officer sees the case a finding opened in the inbox, with its deadline in words', async ({
  page,
}) => {
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10) },
    { enterpriseName: '浏览器测试钢铁厂' },
  );
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  await eventually(
    () => callAs<{ items: { caseId: string }[] }>(officer, '/v1/tasks?limit=200'),
    (answer) => answer.body.items.some((task) => task.caseId === filed.body.id),
  );

  await openConsoleAs(page, officer);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: finding.enterprise.name });
  await expect(row).toContainText('复查');
  await expect(row).toContainText('姑苏区');
  await expect(row.locator('[data-urgency]')).toHaveText(/期限内 · 剩余 \d+ 天（\d+ 个工作日）/);
  expect(await accessibilityViolations(page)).toEqual([]);

  // By keyboard: the first kind is 复查.
  await page.getByRole('combobox', { name: '事项类型' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?kind=reinspection$/);
  await expect(row).toBeVisible();
  await page.getByRole('link', { name: finding.enterprise.name }).click();
  await expect(page).toHaveURL(new RegExp(`/console/cases/${encodeURIComponent(filed.body.id)}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\?kind=reinspection$/);
  await expect(page.getByRole('combobox', { name: '事项类型' })).toBeVisible();
  await expect(page.getByText('复查', { exact: true }).first()).toBeVisible();
});
