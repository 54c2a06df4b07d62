/**
 * The case list and the case page in the browser: an auditor reads a case's timeline and runs the
 * ledger-against-history check; "why this date?" is told in Chinese and, after the switch, in English;
 * a county's user never sees another county's case; axe on both pages; the main path by keyboard.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import {
  accessibilityViolations,
  callAs,
  expect,
  openConsoleAs,
  openMenuEntryByKeyboard,
  test,
  tabTo,
} from './fixtures';

const GUSU = '320508';
const XUZHOU_GULOU = '320302';
const auditor: Principal = { userId: 'auditor-gusu', roles: ['auditor'], regionCode: GUSU, department: null };
const supervisor: Principal = {
  userId: 'office-suzhou',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};

/** Files `finding` as its officer and waits until the case has taken its first steps. */
async function fileCase(finding: FindingInput): Promise<string> {
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  await eventually(
    () => callAs<{ status: string; statusPath: unknown[] }>(officer, `/v1/cases/${filed.body.id}`),
    (answer) => answer.body.status !== 'filed' && answer.body.statusPath.length >= 2,
    `case ${filed.body.id} past filing`,
  );
  return filed.body.id;
}

test('an auditor opens a case, reads its timeline and runs the check, which passes', async ({ page }) => {
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10) },
    { regionCode: GUSU, enterpriseName: '审计浏览器测试钢铁厂' },
  );
  const caseId = await fileCase(finding);
  const urged = await callAs(supervisor, `/v1/cases/${caseId}/urgings`, {
    method: 'POST',
    body: { reason: '请按期完成整改', evidence: [{ reference: '督办函〔2026〕1号' }] },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(urged.status).toBe(200);

  await openConsoleAs(page, auditor, `/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 2, name: finding.enterprise.name })).toBeVisible();
  await expect(page.getByTestId('case-status')).toHaveText('状态：限期整改中');

  // Where it stands: 立案 done, 整改 current, the rest not reached yet; the path it took.
  const stages = page.getByTestId('process-stages');
  await expect(stages).toContainText('立案');
  await expect(stages.locator('[data-stage-state="current"]')).toHaveText('当前环节');
  await expect(page.getByTestId('status-path').getByRole('listitem')).toHaveText([
    /^立案 · 已立案 — 立案 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    /^整改 · 限期整改中 — 设定整改期限 · /,
  ]);

  // The deadline counts down, live.
  const countdown = page.locator('[data-deadline="rectification"]').getByTestId('countdown');
  await expect(countdown).toHaveText(/^剩余 \d+ 天 \d{2}:\d{2}:\d{2}$/);
  const before = await countdown.textContent();
  await expect(countdown).not.toHaveText(before!, { timeout: 3_000 });

  // The timeline: who, role, when, what, why, evidence — each entry's hash link checked by the service.
  await expect(page.getByTestId('chain-summary')).toContainText('哈希链完整：3 条记录均已核验');
  const entries = page.getByTestId('ledger-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('第 1 条 · 立案');
  await expect(entries.nth(0)).toContainText('系统');
  const urging = entries.nth(2);
  await expect(urging).toContainText('第 3 条 · 催办');
  await expect(urging).toContainText('哈希链接完好');
  await expect(urging).toContainText(supervisor.userId);
  await expect(urging).toContainText('领导小组办公室');
  await expect(urging).toContainText('苏州市');
  await expect(urging).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(urging).toContainText('请按期完成整改');
  await expect(urging).toContainText('督办函〔2026〕1号');
  await expect(page.locator('[data-chain-intact="false"]')).toHaveCount(0);

  // The raw history, in the Temporal Web UI.
  const link = page.getByRole('link', { name: /在 Temporal Web UI 中查看原始流程历史/ });
  await expect(link).toHaveAttribute(
    'href',
    `http://127.0.0.1:8233/namespaces/default/workflows?query=${encodeURIComponent(`WorkflowId="rectification-case/${caseId}"`)}`,
  );

  // The ledger against the history, by keyboard.
  await tabTo(page, page.getByRole('button', { name: '核对台账与流程历史' }));
  await page.keyboard.press('Enter');
  const result = page.getByTestId('audit-check-result');
  await expect(result).toContainText('台账与流程历史一致');
  await expect(result).toContainText('台账 3 条，流程历史中的步骤 3 个，流程运行 1 次。');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('an entry edited behind the ledger’s back is marked broken, and the check disagrees', async ({
  page,
}) => {
  const caseId = await fileCase(
    aFinding(
      { findingDate: addDays(chinaDateOf(new Date()), -10) },
      { regionCode: GUSU, enterpriseName: '篡改标记测试厂' },
    ),
  );
  // Tampering as an intruder with the database's password would: past the append-only trigger.
  const database = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await database.connect();
  try {
    await database.query('alter table case_events disable trigger case_events_append_only');
    await database.query(`update case_events set reason = '事后改动' where case_id = $1 and sequence = 2`, [
      caseId,
    ]);
  } finally {
    await database.query('alter table case_events enable trigger case_events_append_only');
    await database.end();
  }

  await openConsoleAs(page, auditor, `/cases/${caseId}`);
  await expect(page.getByTestId('chain-summary')).toContainText('哈希链有 1 处断裂，已在下列记录中标出');
  const broken = page.locator('[data-testid="ledger-entry"][data-chain-intact="false"]');
  await expect(broken).toHaveCount(1);
  await expect(broken).toHaveAttribute('data-sequence', '2');
  await expect(broken).toContainText('哈希链接断裂');
  await expect(broken.getByTestId('chain-problems')).toHaveText('内容与其哈希不符（记录被改动）');
  await expect(page.locator('[data-testid="ledger-entry"][data-chain-intact="true"]')).toHaveCount(1);

  await page.getByRole('button', { name: '核对台账与流程历史' }).click();
  const result = page.getByTestId('audit-check-result');
  await expect(result).toContainText('台账与流程历史不一致');
  await expect(result).toContainText('第 2 条：台账记录与流程历史中的步骤不符');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('“why this date?” is built in the user’s language: holidays with their notice, month-end clamping, the lapse', async ({
  page,
}) => {
  // Six months from 1 April 2026 end on 1 October, inside the National Day holidays: it lapsed long ago.
  const holiday = await fileCase(
    aFinding({ findingDate: '2026-04-01' }, { regionCode: GUSU, enterpriseName: '国庆顺延测试厂' }),
  );
  const officer = officerFor(aFinding({}, { regionCode: GUSU }));
  await openConsoleAs(page, officer, `/cases/${holiday}`);
  const rectification = page.locator('[data-deadline="rectification"]');
  await expect(rectification).toContainText('2026年10月8日（星期四）');
  const why = rectification.getByTestId('why-this-date');
  await expect(why).toBeHidden();
  await rectification.getByRole('button', { name: '为什么是这一天？' }).click();
  await expect(why).toBeVisible();
  await expect(why.getByRole('listitem')).toHaveText([
    '期间自 2026年4月1日 起算，当日不计入；6 个月的期间，以到期月的对应日为最后一日（民法典第二百零一条、第二百零二条）。',
    '按此计算，名义上的最后一日是 2026年10月1日（星期四）。',
    '2026年10月1日至2026年10月7日是国庆节假期，依《国务院办公厅关于2026年部分节假日安排的通知》（国办发明电〔2025〕7号，2025年11月4日印发）放假。',
    '期间的最后一日是法定休息日的，以休息日结束的次日为期间的最后一日（民法典第二百零三条第一款），故顺延至 2026年10月8日（星期四）。',
    '期间于最后一日 2026年10月8日 的 24:00（北京时间，UTC+8）届满，即 2026年10月9日 0:00 起已过期（民法典第二百零三条第二款）。',
  ]);
  await expect(rectification.getByTestId('countdown')).toHaveText('已届满');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '切换语言' }).click();
  await expect(why.getByRole('listitem')).toHaveText([
    'The period is counted from 1 April 2026, that day not counted; a period of 6 months ends on the corresponding day of its last month (Civil Code articles 201 and 202).',
    'Counted so, the nominal last day is Thursday 1 October 2026.',
    "1 October 2026 to 7 October 2026 are the National Day public holidays, given off by the State Council General Office's notice 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, issued 4 November 2025).",
    'A period whose last day is a statutory rest day ends on the day after the rest days (Civil Code article 203, paragraph 1), so it moves to Thursday 8 October 2026.',
    'The period lapses at 24:00 China Standard Time (UTC+8) on its last day, 8 October 2026: from 00:00 on 9 October 2026 it has passed (Civil Code article 203, paragraph 2).',
  ]);
  await expect(page.getByRole('button', { name: 'Why this date?' }).first()).toBeVisible();

  // Six months from 31 August 2026: February has no 31st, and its last day is a Sunday.
  const clamped = await fileCase(
    aFinding({ findingDate: '2026-08-31' }, { regionCode: GUSU, enterpriseName: '月末顺延测试厂' }),
  );
  await page.goto(`/console/cases/${clamped}`);
  const deadline = page.locator('[data-deadline="rectification"]');
  await deadline.getByRole('button', { name: 'Why this date?' }).click();
  const english = deadline.getByTestId('why-this-date');
  await expect(english).toContainText('Counted so, the nominal last day is Sunday 28 February 2027.');
  await expect(english).toContainText(
    "February 2027 has no day 31, so the period ends on that month's last day (Civil Code article 202).",
  );
  await expect(english).toContainText('Sunday 28 February 2027 is a weekend, a rest day.');
  await expect(english).toContainText('so it moves to Monday 1 March 2027.');
  await page.getByRole('button', { name: 'Switch language' }).click();
  const chinese = page.locator('[data-deadline="rectification"]').getByTestId('why-this-date');
  await expect(chinese).toContainText(
    '2027年2月没有第 31 日，故以该月的最后一日为期限的最后一日（民法典第二百零二条）。',
  );
  await expect(chinese).toContainText('2027年2月28日（星期日） 是周末，为休息日。');
  await expect(chinese).toContainText('故顺延至 2027年3月1日（星期一）。');
  await expect(chinese).toContainText('2027年3月1日 的 24:00（北京时间，UTC+8）届满');
});

test('a county’s user never sees another county’s case: not in the list, and its page is not found', async ({
  page,
}) => {
  const name = `徐州隔离测试厂${randomUUID().slice(0, 6)}`;
  const elsewhere = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10) },
    { regionCode: XUZHOU_GULOU, enterpriseName: name },
  );
  const xuzhouCase = await fileCase(elsewhere);
  const ours = await fileCase(
    aFinding(
      { findingDate: addDays(chinaDateOf(new Date()), -10) },
      { regionCode: GUSU, enterpriseName: '姑苏隔离测试厂' },
    ),
  );
  const gusuOfficer = officerFor(aFinding({}, { regionCode: GUSU }));

  // The list: the Gusu officer's own case is there, Xuzhou's is not, even asked for by name.
  await openConsoleAs(page, gusuOfficer, '/cases?sort=recent');
  await expect(page.getByRole('link', { name: /^姑苏隔离测试厂/ }).first()).toBeVisible();
  await expect(page.getByRole('table')).not.toContainText('徐州隔离测试厂');
  await page.goto(`/console/cases?enterprise=${encodeURIComponent(elsewhere.enterprise.name)}`);
  await expect(page.getByText('没有符合条件的案件')).toBeVisible();

  // Its page reads as not found, as a missing case does.
  await page.goto(`/console/cases/${xuzhouCase}`);
  await expect(page.getByRole('heading', { name: '没有找到该案件' })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.goto(`/console/cases/${ours}`);
  await expect(page.getByRole('heading', { level: 2, name: /^姑苏隔离测试厂/ })).toBeVisible();

  // Xuzhou's own officer does see it (the list is not simply empty).
  const xuzhouOfficer = officerFor(elsewhere);
  const other = await page.context().newPage();
  await openConsoleAs(
    other,
    xuzhouOfficer,
    `/cases?enterprise=${encodeURIComponent(elsewhere.enterprise.name)}`,
  );
  await expect(other.getByRole('link', { name: elsewhere.enterprise.name })).toBeVisible();
});

test('the case list by keyboard: search, open a case, ask why this date, with filters kept in the URL', async ({
  page,
}) => {
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10) },
    { regionCode: GUSU, enterpriseName: '键盘测试钢铁厂' },
  );
  const caseId = await fileCase(finding);
  await openConsoleAs(page, officerFor(finding), '/');

  // The menu entry, by keyboard: Tab to the menu, arrows along it, Enter.
  await openMenuEntryByKeyboard(page, '案件查询');
  await expect(page).toHaveURL(/\/console\/cases$/);
  await expect(page.getByRole('heading', { level: 2, name: '案件查询' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await tabTo(page, page.getByRole('textbox', { name: '企业名称或统一社会信用代码' }));
  await page.keyboard.type(finding.enterprise.name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?enterprise=${encodeURIComponent(finding.enterprise.name)}$`));
  const row = page.getByRole('row').filter({ hasText: finding.enterprise.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('限期整改中');
  await expect(row).toContainText('期限内');
  await expect(row).toContainText('姑苏区');

  // A filter by keyboard: the dimension 能耗 (the first option).
  await tabTo(page, page.getByRole('combobox', { name: '标准类别' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/dimension=energy/);
  await expect(row).toHaveCount(1);

  await tabTo(page, page.getByRole('link', { name: finding.enterprise.name }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/console/cases/${caseId}$`));
  const why = page.getByRole('button', { name: '为什么是这一天？' }).first();
  await tabTo(page, why);
  await page.keyboard.press('Enter');
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('why-this-date').first()).toContainText('（北京时间，UTC+8）届满');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goBack();
  await expect(page).toHaveURL(/enterprise=.*dimension=energy|dimension=energy.*enterprise=/);
  await expect(page.getByRole('row').filter({ hasText: finding.enterprise.name })).toHaveCount(1);
});
