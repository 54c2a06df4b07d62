/**
 * Tips in the browser: a tip filed through the public API is triaged by the office (a supervisor, by
 * keyboard alone) and verified by the assigned department, which opens a case; a retry after a lost
 * answer sends the same Idempotency-Key and is applied once; a refusal shows the server's reason as
 * written; a user of another county never sees the tip.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { creditCode, RUN } from '../kit/findings';
import { eventually } from '../kit/poll';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

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

interface TipSummary {
  id: string;
  receiptNumber: string;
  status: string;
}

let serial = 0;
/** A named tip against a Gusu steel works, filed as the public files it; its id and receipt number. */
async function fileTip(): Promise<{
  id: string;
  receiptNumber: string;
  enterpriseName: string;
  creditCode: string;
}> {
  serial += 1;
  const enterpriseName = `浏览器举报钢铁厂${RUN}-${serial}`;
  const code = creditCode('320508', 8000 + serial);
  const filed = await callAs<{ receiptNumber: string }>(null, '/v1/tips', {
    method: 'POST',
    body: {
      enterpriseName,
      creditCode: code,
      regionCode: '320508',
      dimension: 'energy',
      industry: 'steel',
      description: '2号高炉能耗超过限额标准，仍在生产',
      anonymous: false,
      reporter: { name: '举报人赵六', contact: '13900002222' },
    },
    headers: { 'idempotency-key': `browser-tip-${randomUUID()}` },
  });
  expect(filed.status).toBe(201);
  const { receiptNumber } = filed.body;
  const listed = await eventually(
    () => callAs<{ items: TipSummary[] }>(citySupervisor, '/v1/tips?limit=200'),
    (answer) => answer.body.items.some((tip) => tip.receiptNumber === receiptNumber),
    `tip ${receiptNumber} in the office's list`,
  );
  const id = listed.body.items.find((tip) => tip.receiptNumber === receiptNumber)!.id;
  return { id, receiptNumber, enterpriseName, creditCode: code };
}

async function tabTo(page: Page, locator: ReturnType<Page['locator']>) {
  await page.keyboard.press('Tab');
  await expect(locator).toBeFocused();
}

test('the office triages a tip by keyboard, the department verifies it and a case opens; a retry applies once', async ({
  page,
  context,
}) => {
  const tip = await fileTip();

  // The office (a city supervisor): the list, then the tip, by keyboard.
  await openConsoleAs(page, citySupervisor, '/tips');
  await expect(page.getByRole('heading', { name: '举报线索' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: tip.enterpriseName });
  await expect(row).toContainText('已受理（待分办）');
  await expect(row).toContainText('姑苏区');
  expect(await accessibilityViolations(page)).toEqual([]);
  await row.getByRole('link', { name: tip.receiptNumber }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `举报 ${tip.receiptNumber}` })).toBeVisible();
  await expect(page.getByText('举报人赵六 · 13900002222')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The triage form: the standard comes from the tip (能耗); the department is the first owner (工信局).
  const dimension = page.getByRole('combobox', { name: '标准类别' });
  await expect(page.locator('form#tip-triage')).toContainText('能耗');
  await dimension.focus();
  await tabTo(page, page.getByRole('combobox', { name: '承办部门' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The choice is made and its list closed before the next key: a Tab into a list still opening goes astray.
  await expect(page.locator('form#tip-triage')).toContainText('工业和信息化局');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  await tabTo(page, page.getByRole('textbox', { name: '分办理由' }));
  await page.keyboard.type('能耗问题，交工信局核查');
  await tabTo(page, page.getByRole('button', { name: '提交分办' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tip-status')).toHaveText('核查中');
  await expect(page.getByText('工业和信息化局').first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '分办' }).last()).toContainText('supervisor-320500');

  // The department: the tip is now its own; it verifies it, with the finding the tip becomes.
  const officerPage = await context.newPage();
  await openConsoleAs(officerPage, gusuOfficer, '/tips');
  await officerPage.getByRole('link', { name: tip.receiptNumber }).click();
  await expect(officerPage.getByRole('heading', { name: `举报 ${tip.receiptNumber}` })).toBeVisible();
  await officerPage.getByRole('radio', { name: '属实', exact: true }).check();
  await officerPage
    .getByRole('textbox', { name: '核查情况' })
    .fill('现场核查属实：2号高炉单位产品能耗超过限额');
  await officerPage.getByRole('textbox', { name: '证据 1：证据出处' }).fill('姑工信核〔2026〕7号 核查笔录');
  await officerPage.getByRole('textbox', { name: '文书编号' }).fill(`姑工信罚〔${RUN}〕举报${serial}号`);
  await expect(officerPage.getByRole('textbox', { name: '企业名称' })).toHaveValue(tip.enterpriseName);
  await expect(officerPage.getByRole('textbox', { name: '统一社会信用代码' })).toHaveValue(tip.creditCode);
  await officerPage.getByRole('textbox', { name: '设备（生产线）' }).fill('2号450m³高炉');
  await officerPage.getByRole('spinbutton', { name: '产能' }).fill('60');
  await officerPage.getByRole('textbox', { name: '产能单位' }).fill('万吨/年');
  await officerPage.getByRole('textbox', { name: '法律依据' }).fill('中华人民共和国节约能源法');
  expect(await accessibilityViolations(officerPage)).toEqual([]);

  // The first answer is lost on the way back (the server applied it); the retry sends the same key.
  const keys: string[] = [];
  await officerPage.route('**/v1/tips/*/verification', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else await route.continue();
  });
  const submit = officerPage.getByRole('button', { name: '提交核查结果' });
  await submit.click();
  await expect(officerPage.getByText(/未能确认是否已提交/)).toBeVisible();
  await submit.click();
  await expect(officerPage.getByTestId('tip-status')).toHaveText('已办结');
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  await expect(officerPage.getByText('核查属实，已立案')).toBeVisible();
  const caseLink = officerPage.getByRole('link', { name: /^RC-/ }).first();
  await expect(caseLink).toBeVisible();

  // Applied once: one verification in the record, then the case the system opened.
  const record = await callAs<{ events: { type: string }[]; caseId: string }>(
    gusuOfficer,
    `/v1/tips/${tip.id}/record`,
  );
  expect(record.body.events.map((event) => event.type)).toEqual([
    'tip_received',
    'tip_triaged',
    'tip_verified',
    'case_opened',
  ]);
  await expect(caseLink).toHaveText(record.body.caseId);
});

test('a refusal shows the server’s reason as written, and a user of another county never sees the tip', async ({
  page,
  context,
}) => {
  const tip = await fileTip();

  await openConsoleAs(page, citySupervisor, `/tips/${tip.id}`);
  await expect(page.getByRole('button', { name: '提交分办' })).toBeVisible();
  // Meanwhile someone else in the office triages it.
  const elsewhere = await callAs(citySupervisor, `/v1/tips/${tip.id}/triage`, {
    method: 'POST',
    body: { reason: '交工信局核查', department: 'industry_it', dimension: 'energy' },
    headers: { 'idempotency-key': `browser-triage-${randomUUID()}` },
  });
  expect(elsewhere.status).toBe(200);
  const triagedAt = (await callAs<{ triage: { at: string } }>(citySupervisor, `/v1/tips/${tip.id}/record`))
    .body.triage.at;

  await page.getByRole('combobox', { name: '承办部门' }).click();
  await page.locator('.ant-select-item-option[title="发展和改革委员会"]').click();
  await page.getByRole('textbox', { name: '分办理由' }).fill('能耗问题，交发改委核查');
  await page.getByRole('button', { name: '提交分办' }).click();
  await expect(page.getByRole('alert')).toContainText('未被接受');
  await expect(page.getByTestId('refusal')).toHaveText(
    `the tip was already triaged on ${triagedAt} to industry_it; it is verifying`,
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // Wuzhong's supervisor: not in the list, and the tip's own address reads as missing.
  const wuzhong = await context.newPage();
  await openConsoleAs(wuzhong, supervisor('320506'), '/tips');
  await expect(wuzhong.getByRole('heading', { name: '举报线索' })).toBeVisible();
  await expect(wuzhong.getByRole('table')).toBeVisible();
  await expect(wuzhong.getByText(tip.enterpriseName)).toHaveCount(0);
  await expect(wuzhong.getByText(tip.receiptNumber)).toHaveCount(0);
  await wuzhong.goto(`/console/tips/${tip.id}`);
  await expect(wuzhong.getByText('没有找到该举报，或它不在您的辖区内。')).toBeVisible();
  await expect(wuzhong.getByText(tip.enterpriseName)).toHaveCount(0);
  expect(await accessibilityViolations(wuzhong)).toEqual([]);
});
