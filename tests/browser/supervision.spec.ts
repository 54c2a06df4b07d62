/**
 * Supervision in the browser: 迪庆州's office finds 督查进度 in the menu and sees 德钦县 this year — its plan
 * approved with an exit target of 2 pieces of equipment and 30 万吨/年, one exit so far — behind its target,
 * with its year one click away; then interviews it from its own year's page and records what it did;
 * axe finds nothing serious.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../api/auth';
import { connectDatabase } from '../../db/client';
import { chinaDateOf } from '../../domain/calendar';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { accessibilityViolations, callAs, chooseOption, expect, openConsoleAs, test } from './fixtures';

const CITY = '533400'; // 迪庆藏族自治州
const COUNTY = '533422'; // 德钦县
const YEAR = Number(chinaDateOf(new Date()).slice(0, 4));
const office = (regionCode: string): Principal => ({
  userId: `sv-browser-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});
const post = async (as: Principal, path: string, body: unknown) => {
  const answer = await callAs(as, path, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': randomUUID() },
  });
  expect([200, 201]).toContain(answer.status);
};

test.beforeAll(async () => {
  const yearId = `YR-${COUNTY}-${YEAR}`;
  await post(office(CITY), '/v1/years', { regionCode: COUNTY, year: YEAR });
  await post(office(COUNTY), `/v1/years/${yearId}/milestones/work_plan/submissions`, {
    note: '德钦县年度工作方案',
    evidence: [{ reference: '德政发〔2026〕5号' }],
    targets: [
      {
        measure: 'exit',
        dimension: 'technology',
        industry: 'cement',
        enterprises: 2,
        equipment: 2,
        capacity: 30,
        unit: '万吨/年',
      },
    ],
  });
  await post(office(CITY), `/v1/years/${yearId}/milestones/work_plan/reviews`, {
    outcome: 'accepted',
    reason: '同意',
  });
  // The city's own year, where its notices and interviews are recorded.
  await post(office(CITY), '/v1/years', { regionCode: CITY, year: YEAR });
  const database = connectDatabase(process.env.TEST_DATABASE_URL!);
  try {
    await backdatedExit(
      database.db,
      '德钦督查',
      COUNTY,
      'technology',
      exitSteps(YEAR - 1, cst(`${YEAR}-03-20T10:00:00`), { dismantled: [cst(`${YEAR}-03-01T09:00:00`)] }),
    );
  } finally {
    await database.close();
  }
});

test('迪庆州 sees 德钦县 behind its exit target, and opens its year', async ({ page }) => {
  await openConsoleAs(page, office(CITY), '/');
  await page.getByRole('menuitem', { name: '督查进度' }).click();
  await expect(page).toHaveURL(/\/console\/supervision$/);
  const row = page.locator(`tr[data-region="${COUNTY}"]`);
  await expect(row).toContainText('德钦县');
  await expect(row).toContainText('1 家企业，1 条设备（生产线），10 万吨/年');
  await expect(row).toContainText('2 家企业，2 条设备（生产线），30 万吨/年');
  await expect(row).toContainText('1 家企业，1 条设备（生产线），20 万吨/年');
  await expect(row.getByTestId('lagging').filter({ hasText: '退出进度落后于工作方案目标' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/console/years/YR-${COUNTY}-${YEAR}$`));
  await expect(page.getByTestId('plan-in-force')).toHaveText('执行中：第 1 版');
});

test('迪庆州 interviews 德钦县 from its year’s page, then records what it did', async ({ page }) => {
  await openConsoleAs(page, office(CITY), `/years/YR-${CITY}-${YEAR}`);
  const section = page.getByTestId('supervision-actions');
  await section.getByRole('button', { name: '记录通报或约谈' }).click();
  const dialog = page.getByRole('dialog', { name: '记录通报或约谈' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '被督查地区' }), '德钦县');
  await dialog.getByLabel('通报（约谈）对象').fill('德钦县人民政府分管副县长');
  await dialog.getByLabel('原因').fill('退出进度落后于工作方案目标');
  await dialog.getByLabel('整改承诺').fill('年底前拆除剩余一条生产线');
  await dialog.getByLabel('落实情况报告期限').fill(`${YEAR + 1}-01-20`);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog).toBeHidden();
  const row = section.locator('tr[data-action="1"]');
  await expect(row).toContainText('约谈 德钦县（德钦县人民政府分管副县长）：退出进度落后于工作方案目标');
  await expect(row).toContainText('前报告');
  expect(await accessibilityViolations(page)).toEqual([]);
  await row.getByRole('button', { name: '记录落实情况' }).click();
  const followUp = page.getByRole('dialog', { name: '第 1 项的落实情况' });
  await followUp.getByLabel('落实情况').fill('已拆除');
  await followUp.getByRole('button', { name: '确认提交' }).click();
  await expect(followUp).toBeHidden();
  await expect(row.getByTestId('follow-up')).toContainText('已报告');
  await expect(page.locator('tr[data-event="supervision_follow_up_recorded"]')).toContainText('已拆除');
});
