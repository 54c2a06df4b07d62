/**
 * The year's calendar (年度工作日历) in the browser: the office of 安康市 finds it in the menu and sees what
 * the city owes in 2024 — its departments' tables to its own office, the report to 陕西省 moved past the
 * Spring Festival — then a county's milestones (汉滨区: plan, census and table by 19 July, summary by
 * 30 December) with the words of the document; the profile links to its version page, which lists the
 * same milestones; in Chinese and in English, with axe finding nothing serious.
 */
import type { Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { accessibilityViolations, expect, openConsoleAs, openMenuEntryByKeyboard, test } from './fixtures';

const ANKANG_OFFICE: Principal = {
  userId: 'calendar-ankang-office',
  roles: ['supervisor'],
  regionCode: '610900',
  department: null,
};

const row = (page: Page, kind: string) => page.locator(`tr[data-milestone="${kind}"]`);

test('安康市’s 2024 and 汉滨区’s, each milestone by its date and its document, in both languages', async ({
  page,
}) => {
  await openConsoleAs(page, ANKANG_OFFICE, '/');
  // The menu entry, by keyboard: Tab to the menu, arrows along it, Enter.
  await openMenuEntryByKeyboard(page, '年度工作日历');
  await expect(page).toHaveURL(/\/console\/calendar$/);

  await page.goto('/console/calendar?year=2024');
  await expect(page.getByRole('heading', { level: 3, name: '市级应完成的节点' })).toBeVisible();
  await expect(page.getByRole('link', { name: '适用政策配置：安康市 2024.1' })).toBeVisible();
  await expect(page.locator('tr[data-milestone]')).toHaveCount(3);
  const report = row(page, 'aggregate_report');
  await expect(report).toContainText('年度退出情况汇总上报');
  await expect(report).toContainText('陕西省');
  await expect(report.getByTestId('last-day')).toHaveText('2025-02-05');
  await expect(report).toContainText('原定 2025-01-31，遇休假日顺延');
  await expect(row(page, 'midyear_statistics')).toContainText('本级领导小组办公室');
  expect(await accessibilityViolations(page)).toEqual([]);

  // A county inside the city: its own milestones, to the city.
  await page.getByRole('combobox', { name: '地区' }).click();
  await page.locator('.ant-select-item-option[title="汉滨区"]').click();
  await expect(page).toHaveURL(/region=610902/);
  await expect(page.getByRole('heading', { level: 3, name: '县级应完成的节点' })).toBeVisible();
  await expect(page.locator('tr[data-milestone]')).toHaveCount(4);
  const summary = row(page, 'summary');
  await expect(summary.getByTestId('last-day')).toHaveText('2024-12-30');
  await expect(summary).toContainText('安康市');
  await expect(summary).toContainText('2024-12-23');
  await expect(summary.getByTestId('rule-source')).toContainText('四（三）');
  await expect(summary.getByTestId('rule-source')).toContainText(
    '工作总结及相关佐证资料报送市工业和信息化局',
  );
  await expect(row(page, 'work_plan').getByTestId('last-day')).toHaveText('2024-07-19');

  // Another year is another calendar: 2025's summary falls on Tuesday 30 December 2025.
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.locator('.ant-select-item-option[title="2025"]').click();
  await expect(row(page, 'summary').getByTestId('last-day')).toHaveText('2025-12-30');

  // In English.
  await page.getByRole('button', { name: '切换语言' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Milestones a county owes' })).toBeVisible();
  await expect(row(page, 'summary')).toContainText('Summary of the year, with supporting material');
  await expect(row(page, 'summary')).toContainText('The office of the level above');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The profile's version page lists the same milestones among its rules.
  await page.getByRole('link', { name: 'Policy profile: Ankang 2024.1' }).click();
  await expect(page).toHaveURL(/\/console\/policies\/ankang\/versions\/2024\.1$/);
  await expect(page.locator('tr[data-rule="rules.yearMilestones"]')).toContainText(
    'County: Work plan for the year, by 19 July',
  );
});
