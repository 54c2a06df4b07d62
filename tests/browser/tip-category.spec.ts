/**
 * Tips about illegal capacity swaps (产能违规置换; 迪政办发〔2019〕41号 五（四）, 云南应急厅 四（四）) in the
 * browser: the public chooses the category on the form (backward capacity by default) and sees it on the
 * receipt and when following the tip; the office finds swap tips by the list's category filter and triages
 * one, by keyboard, to a department that owns capacity swaps — no dimension asked, only those departments
 * offered; the department closes it found true without a case. Another county never sees it. axe-clean.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { RUN } from '../kit/findings';
import { eventually } from '../kit/poll';
import { accessibilityViolations, callAs, expect, openConsoleAs, test, tabTo } from './fixtures';

const supervisor = (regionCode: string): Principal => ({
  userId: `supervisor-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});
const citySupervisor = supervisor('320500');
const gusuOfficer: Principal = {
  userId: 'officer-industry_it-320508',
  roles: ['department_officer'],
  regionCode: '320508',
  department: 'industry_it',
};

/** Picks an option of a native <select> by keyboard alone: Tab to it, then the arrow keys. */
async function chooseByKeyboard(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select);
  for (let presses = 0; presses < 80; presses += 1) {
    const chosen = (await select.locator('option:checked').textContent())?.trim();
    if (chosen === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${select.toString()} has no option ${option}`);
}

interface TipSummary {
  id: string;
  receiptNumber: string;
  category: string;
}

/** The tip's id, once the office's list shows it. */
async function idOf(receiptNumber: string): Promise<string> {
  const listed = await eventually(
    () => callAs<{ items: TipSummary[] }>(citySupervisor, '/v1/tips?limit=200'),
    (answer) => answer.body.items.some((tip) => tip.receiptNumber === receiptNumber),
    `tip ${receiptNumber} in the office's list`,
  );
  return listed.body.items.find((tip) => tip.receiptNumber === receiptNumber)!.id;
}

let serial = 0;

test('the public chooses the category of a tip by keyboard: a swap tip asks no dimension, and its receipt and follow-up name the category', async ({
  page,
}) => {
  serial += 1;
  const enterpriseName = `置换举报水泥厂${RUN}-${serial}`;
  await page.goto('/public/tips/new');
  await expect(page.getByRole('heading', { level: 1, name: '我要举报' })).toBeVisible();
  const backward = page.getByRole('radio', { name: '落后产能' });
  const swap = page.getByRole('radio', { name: '产能违规置换' });
  // Backward capacity by default, with the dimension on offer.
  await expect(backward).toBeChecked();
  await expect(page.getByLabel('涉及方面（如知道）')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // By keyboard: into the category group, the arrow key moves the choice to the swap.
  await tabTo(page, backward);
  await page.keyboard.press('ArrowDown');
  await expect(swap).toBeChecked();
  await expect(swap).toBeFocused();
  await expect(page.getByLabel('涉及方面（如知道）')).toHaveCount(0);
  await expect(page.getByText('产能违规置换不属于能耗、环保、质量、安全、技术五个方面')).toBeVisible();

  await tabTo(page, page.getByLabel('企业名称'));
  await page.keyboard.type(enterpriseName);
  const region = page.getByRole('group', { name: '企业所在地区' });
  await chooseByKeyboard(page, region.getByLabel('省级（省、自治区、直辖市）'), '江苏省');
  await chooseByKeyboard(page, region.getByLabel('市级（市、地区、自治州）'), '苏州市');
  await chooseByKeyboard(page, region.getByLabel('县级（县、市、区）'), '姑苏区');
  await tabTo(page, page.getByLabel('举报内容'));
  await page.keyboard.type('该厂用已拆除生产线的产能指标置换新建熟料生产线，置换指标重复使用。');
  expect(await accessibilityViolations(page)).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: '提交举报' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '举报已受理' })).toBeFocused();
  await expect(page.getByTestId('receipt-category')).toHaveText('产能违规置换');
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
  expect(await accessibilityViolations(page)).toEqual([]);

  // The service keeps it as a swap tip, with no dimension.
  const followed = await callAs<{ category: string; categoryLabel: string }>(
    null,
    `/v1/tips/${receiptNumber}`,
  );
  expect(followed.body).toMatchObject({ category: 'illegal_capacity_swap', categoryLabel: '产能违规置换' });
  const id = await idOf(receiptNumber);
  const record = await callAs<{ tip: Record<string, unknown> }>(citySupervisor, `/v1/tips/${id}/record`);
  expect(record.body.tip).toMatchObject({ category: 'illegal_capacity_swap', enterpriseName });
  expect(record.body.tip).not.toHaveProperty('dimension');

  await page.getByRole('link', { name: '查询办理进展' }).click();
  await expect(page.getByRole('heading', { name: '办理进展' })).toBeFocused();
  await expect(page.getByTestId('tip-category')).toHaveText('产能违规置换');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the office finds a swap tip by category and triages it by keyboard to a capacity-swap owner; the department closes it found true, no case; another county never sees it', async ({
  page,
  context,
}) => {
  serial += 1;
  const enterpriseName = `置换举报钢铁厂${RUN}-${serial}`;
  const filed = await callAs<{ receiptNumber: string }>(null, '/v1/tips', {
    method: 'POST',
    body: {
      category: 'illegal_capacity_swap',
      enterpriseName,
      regionCode: '320508',
      industry: 'steel',
      description: '以已淘汰高炉的产能违规置换新建转炉',
      anonymous: true,
    },
    headers: { 'idempotency-key': `browser-swap-tip-${randomUUID()}` },
  });
  expect(filed.status).toBe(201);
  const { receiptNumber } = filed.body;
  const id = await idOf(receiptNumber);

  // The list, filtered to swap tips through the URL the filter writes.
  await openConsoleAs(page, citySupervisor, '/tips?category=illegal_capacity_swap');
  await expect(page.getByRole('heading', { name: '举报线索' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: enterpriseName });
  await expect(row).toContainText('产能违规置换');
  await expect(page.locator('[data-category="backward_capacity"]')).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await row.getByRole('link', { name: receiptNumber }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `举报 ${receiptNumber}` })).toBeVisible();
  await expect(page.getByTestId('tip-category')).toHaveText('产能违规置换');

  // No standard to choose; only the departments owning capacity swaps (national: 工信局, 发改委).
  const form = page.locator('form#tip-triage');
  await expect(form.getByRole('combobox', { name: '标准类别' })).toHaveCount(0);
  await expect(form).toContainText('负责产能置换的部门');
  const department = form.getByRole('combobox', { name: '承办部门' });
  await department.focus();
  await page.keyboard.press('ArrowDown');
  const options = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
  );
  await expect(options).toHaveCount(2);
  expect(await options.evaluateAll((items) => items.map((item) => item.getAttribute('title')))).toEqual([
    '工业和信息化局',
    '发展和改革委员会',
  ]);
  await page.keyboard.press('Enter');
  await expect(form).toContainText('工业和信息化局');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await tabTo(page, form.getByRole('textbox', { name: '分办理由' }));
  await page.keyboard.type('产能违规置换，交工信局核查');
  await tabTo(page, form.getByRole('button', { name: '提交分办' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tip-status')).toHaveText('核查中');
  await expect(page.getByText('不适用（产能违规置换）')).toBeVisible();

  const triaged = await callAs<{ triage: Record<string, unknown> }>(citySupervisor, `/v1/tips/${id}/record`);
  expect(triaged.body.triage).toMatchObject({ department: 'industry_it' });
  expect(triaged.body.triage).not.toHaveProperty('dimension');

  // The department: found true, no case (the default), its reasons and evidence recorded.
  const officerPage = await context.newPage();
  await openConsoleAs(officerPage, gusuOfficer, `/tips/${id}`);
  await officerPage.getByRole('radio', { name: '属实', exact: true }).check();
  await expect(officerPage.getByRole('radio', { name: /^不立案/ })).toBeChecked();
  await expect(officerPage.getByRole('radio', { name: '立案：不符合能耗标准' })).toBeVisible();
  await expect(officerPage.getByRole('textbox', { name: '文书编号' })).toHaveCount(0);
  await officerPage
    .getByRole('textbox', { name: '核查情况' })
    .fill('现场核查属实：置换指标来自已拆除高炉，重复使用');
  await officerPage.getByRole('textbox', { name: '证据 1：证据出处' }).fill('姑工信核〔2026〕9号 核查笔录');
  expect(await accessibilityViolations(officerPage)).toEqual([]);
  await officerPage.getByRole('button', { name: '提交核查结果' }).click();
  await expect(officerPage.getByTestId('tip-status')).toHaveText('已办结');
  await expect(officerPage.getByText('核查属实（产能违规置换），由主管部门依职责处理')).toBeVisible();
  await expect(officerPage.getByRole('link', { name: /^RC-/ })).toHaveCount(0);
  expect(await accessibilityViolations(officerPage)).toEqual([]);

  // Wuzhong's supervisor: not in the list, and the tip's own address reads as missing.
  const wuzhong = await context.newPage();
  await openConsoleAs(wuzhong, supervisor('320506'), '/tips?category=illegal_capacity_swap');
  await expect(wuzhong.getByRole('table')).toBeVisible();
  await expect(wuzhong.getByText(enterpriseName)).toHaveCount(0);
  await wuzhong.goto(`/console/tips/${id}`);
  await expect(wuzhong.getByText('没有找到该举报，或它不在您的辖区内。')).toBeVisible();
  await expect(wuzhong.getByText(enterpriseName)).toHaveCount(0);
});
