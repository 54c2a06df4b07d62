/**
 * Supervision in the browser: 迪庆州's office finds 督查进度 in the menu and sees 德钦县 this year — its plan
 * approved with an exit target of 2 pieces of equipment and 30 万吨/年, one exit so far — behind its target,
 * with its year one click away; axe finds nothing serious.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../api/auth';
import { connectDatabase } from '../../db/client';
import { chinaDateOf } from '../../domain/calendar';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

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
