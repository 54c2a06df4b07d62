/**
 * The yearly announcement in the browser: 迪庆州's office draws up last year's announcement from the year-end
 * statistics (two exits written into last year's ledger), the drafter is not offered its approval, another
 * person of the office approves it from the menu's 年度公告, and the public finds it under 退出公告 and reads
 * it as a document that prints without the site's frame; axe finds nothing serious on either side.
 */
import type { Principal } from '../../api/auth';
import { connectDatabase } from '../../db/client';
import { chinaDateOf } from '../../domain/calendar';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { accessibilityViolations, expect, openConsoleAs, test } from './fixtures';

const CITY = '533400'; // 迪庆藏族自治州
const COUNTY = '533401'; // 香格里拉市
const YEAR = Number(chinaDateOf(new Date()).slice(0, 4)) - 1;
const office = (userId: string): Principal => ({
  userId,
  roles: ['supervisor'],
  regionCode: CITY,
  department: null,
});

test.beforeAll(async () => {
  const database = connectDatabase(process.env.TEST_DATABASE_URL!);
  try {
    await backdatedExit(
      database.db,
      '迪庆公告甲',
      COUNTY,
      'technology',
      exitSteps(YEAR - 1, cst(`${YEAR}-04-20T10:00:00`), { dismantled: [cst(`${YEAR}-04-01T09:00:00`)] }),
    );
    await backdatedExit(
      database.db,
      '迪庆公告乙',
      COUNTY,
      'energy',
      exitSteps(YEAR - 1, cst(`${YEAR}-10-20T10:00:00`), {
        order: { measure: 'shutdown', scope: 'equipment' },
        sealedAt: cst(`${YEAR}-09-01T09:00:00`),
        dismantled: [cst(`${YEAR}-10-01T09:00:00`)],
      }),
    );
  } finally {
    await database.close();
  }
});

test('迪庆州 draws up last year’s announcement, a second person approves it, and the public reads it', async ({
  browser,
}) => {
  const drafter = await (await browser.newContext()).newPage();
  await openConsoleAs(drafter, office('gg-browser-drafter'), '/announcements');
  await expect(drafter.getByRole('heading', { level: 2, name: '年度退出公告' })).toBeVisible();
  await expect(drafter.getByText('尚未生成公告稿。')).toBeVisible();
  await drafter.getByRole('button', { name: '生成公告稿' }).click();
  const draft = drafter.getByRole('dialog', { name: '生成公告稿' });
  await expect(draft.getByLabel('数据截至（含当日）')).toHaveValue(chinaDateOf(new Date()));
  await draft.getByRole('button', { name: '确认提交' }).click();
  await expect(draft).toBeHidden();
  const first = drafter.locator('tr[data-version="1"]');
  await expect(first.getByTestId('version-status')).toHaveText('待审批');
  await expect(first).toContainText('2 家企业，2 条设备（生产线），20 万吨/年');
  // The one who drew it up may withdraw it, not approve it.
  await expect(first.getByRole('button', { name: '批准公告' })).toHaveCount(0);
  await expect(first.getByRole('button', { name: '作废此稿' })).toBeVisible();
  await expect(drafter.getByRole('button', { name: '生成公告稿' })).toHaveCount(0);
  expect(await accessibilityViolations(drafter)).toEqual([]);

  const approver = await (await browser.newContext()).newPage();
  await openConsoleAs(approver, office('gg-browser-approver'), '/');
  await approver.getByRole('menuitem', { name: '年度公告' }).click();
  await expect(approver).toHaveURL(/\/console\/announcements$/);
  await approver.locator('tr[data-version="1"]').getByRole('button', { name: '批准公告' }).click();
  const approve = approver.getByRole('dialog', { name: '批准公告第 1 版' });
  await approve.getByLabel('审批意见').fill('同意公告');
  await approve.getByRole('button', { name: '确认提交' }).click();
  await expect(approve).toBeHidden();
  await expect(approver.getByTestId('announcement-published')).toHaveText('已公告：第 1 版');
  await expect(approver.locator('tr[data-event="announcement_published"]')).toContainText('同意公告');
  await expect(approver.getByTestId('chain')).toHaveText('记录链完整');

  // The public: 退出公告, the region's announcements, the document.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/public/announcements?region=${CITY}&year=${YEAR}`);
  const id = `GG-${CITY}-${YEAR}-1`;
  const row = visitor.locator(`tr[data-announcement="${id}"]`);
  await expect(row).toContainText('现行版本');
  await row.getByRole('link').click();
  await expect(visitor).toHaveURL(new RegExp(`/public/announcements/${id}$`));
  await expect(
    visitor.getByRole('heading', {
      level: 1,
      name: new RegExp(`迪庆藏族自治州${YEAR}年度依法依规退出落后产能情况公告`),
    }),
  ).toBeVisible();
  const table = visitor.getByRole('table', { name: '退出的企业、设备（生产线）和产能' });
  await expect(table.getByRole('row', { name: /虎丘某迪庆公告甲厂/ })).toContainText('技术');
  await expect(table.getByRole('row', { name: /虎丘某迪庆公告乙厂/ })).toContainText('能耗');
  await expect(table.locator('tfoot')).toContainText('20 万吨/年');
  await expect(visitor.getByRole('link', { name: '下载公告（XLSX）' })).toHaveAttribute(
    'href',
    `/v1/published-announcements/${id}?format=xlsx`,
  );
  expect(await accessibilityViolations(visitor)).toEqual([]);
  // Printed, it is the document alone: no site frame, no buttons.
  await visitor.emulateMedia({ media: 'print' });
  await expect(visitor.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(visitor.getByRole('button', { name: '打印公告' })).toBeHidden();
  await expect(table).toBeVisible();
});
