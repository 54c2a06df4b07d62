/**
 * `npm run screenshots`: the console's main pages in Chinese, at 1366×768, written to docs/screenshots/
 * (shown in the README). Starts its own scratch PostgreSQL and Temporal and the service, files a few
 * findings so that the pages have something to show, then opens each page in Debian's Chromium as the
 * role that uses it. Run it again after a page changes and commit the pictures.
 */
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Principal } from '../api/auth';
import { addDays, chinaDateOf } from '../domain/calendar';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium';
import { aFinding } from '../tests/kit/findings';
import { call, closeHttp } from '../tests/kit/http';
import { eventually } from '../tests/kit/poll';
import { authorizationFor, officerFor } from '../tests/kit/tokens';
import { startScratchServers } from './lib/scratch-servers';
import { startService } from './lib/service';

const OUT = path.resolve(__dirname, '../docs/screenshots');
const say = (line: string) => process.stdout.write(`[screenshots] ${line}\n`);

interface Shot {
  file: string;
  /** Signed in as this principal; the public pages and the sign-in page need none. */
  as: Principal | null;
  /** `:case` stands for the first finding's case, an extension asked for. */
  path: string;
  /** Text that shows once the page has its data. */
  ready: string;
}

const daysAgo = (days: number) => addDays(chinaDateOf(new Date()), -days);
const findings = [
  aFinding({ findingDate: daysAgo(170) }, { enterpriseName: '姑苏某钢铁有限公司' }),
  aFinding(
    {
      findingDate: daysAgo(120),
      dimension: 'environment',
      department: 'environment_bureau',
      rectificationMonths: 6,
    },
    { enterpriseName: '苏州某水泥有限公司' },
  ),
  aFinding({ findingDate: daysAgo(30) }, { enterpriseName: '吴中某玻璃有限公司' }),
  aFinding(
    {
      findingDate: daysAgo(5),
      dimension: 'safety',
      department: 'emergency_management',
      rectificationMonths: 3,
    },
    { enterpriseName: '相城某焦化有限公司' },
  ),
];
const officer = officerFor(findings[0]!);
const supervisor: Principal = {
  userId: 'office-suzhou',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};

const SHOTS: Shot[] = [
  { file: 'sign-in.png', as: null, path: '/console/sign-in', ready: '登录' },
  { file: 'inbox.png', as: officer, path: '/console/', ready: '姑苏某钢铁有限公司' },
  { file: 'public.png', as: null, path: '/public/', ready: '公开信息' },
  { file: 'case.png', as: supervisor, path: '/console/cases/:case', ready: '为什么是这一天' },
  { file: 'decisions.png', as: supervisor, path: '/console/cases/:case/decisions', ready: '审批意见' },
  { file: 'radar.png', as: supervisor, path: '/console/radar', ready: '期限内 · 剩余' },
  { file: 'statistics.png', as: supervisor, path: '/console/statistics', ready: '落后产能退出情况统计' },
  { file: 'tips.png', as: supervisor, path: '/console/tips', ready: '举报线索' },
  { file: 'census.png', as: officer, path: '/console/census', ready: '普查清单上传' },
  { file: 'policies.png', as: officer, path: '/console/policies', ready: '迪政办发〔2019〕41号' },
  {
    file: 'policy-version.png',
    as: officer,
    path: '/console/policies/diqing/versions/2019.1',
    ready: '超定额用水累进加价',
  },
  {
    file: 'public-list.png',
    as: null,
    path: '/public/lists/yellow?region=320500',
    ready: '姑苏某钢铁有限公司',
  },
  { file: 'public-tip.png', as: null, path: '/public/tips/new', ready: '举报内容' },
];

/** Files the findings; the first case's officer asks for an extension. Answers the first case's id. */
async function seed(baseUrl: string): Promise<string> {
  const ids: string[] = [];
  for (const finding of findings) {
    const filer = officerFor(finding);
    const answer = await call<{ id: string }>(`${baseUrl}/v1/findings`, {
      method: 'POST',
      body: finding,
      authorization: await authorizationFor(filer),
    });
    if (answer.status !== 201)
      throw new Error(`filing a finding answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    ids.push(answer.body.id);
  }
  await eventually(
    async () =>
      call<{ items: unknown[] }>(`${baseUrl}/v1/tasks`, { authorization: await authorizationFor(officer) }),
    (answer) => answer.body.items.length >= 2,
  );
  const asked = await call(`${baseUrl}/v1/cases/${ids[0]}/extension-requests`, {
    method: 'POST',
    body: { reason: '设备改造周期长，申请延期两个月', evidence: [{ reference: '延期申请书' }], months: 2 },
    authorization: await authorizationFor(officer),
    headers: { 'idempotency-key': `screenshots-${ids[0]}` },
  });
  if (asked.status !== 200)
    throw new Error(`the extension request answered ${asked.status}: ${JSON.stringify(asked.body)}`);
  return ids[0]!;
}

async function shoot(page: Page, baseUrl: string, shot: Shot, caseId: string): Promise<void> {
  if (shot.as) {
    const token = (await authorizationFor(shot.as)).replace(/^Bearer /, '');
    await page.addInitScript(`sessionStorage.setItem('capacity-exit.token', ${JSON.stringify(token)})`);
  }
  await page.goto(`${baseUrl}${shot.path.replace(':case', caseId)}`);
  await page.getByText(shot.ready).first().waitFor();
  await page.screenshot({ path: path.join(OUT, shot.file) });
  say(`wrote docs/screenshots/${shot.file}`);
}

async function main(): Promise<void> {
  const servers = await startScratchServers({ name: 'screenshots' });
  try {
    const service = await startService(servers);
    try {
      const caseId = await seed(service.baseUrl);
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      try {
        for (const shot of SHOTS) {
          const context = await browser.newContext({
            locale: 'zh-CN',
            timezoneId: 'Asia/Shanghai',
            viewport: { width: 1366, height: 768 },
          });
          await shoot(await context.newPage(), service.baseUrl, shot, caseId);
          await context.close();
        }
      } finally {
        await browser.close();
      }
    } finally {
      await service.stop();
    }
  } finally {
    closeHttp();
    await servers.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[screenshots] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
