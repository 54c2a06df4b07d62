/**
 * Figure 7: the console in Debian's Chromium, against the service under load.
 *
 * - page weight: the JavaScript and CSS the first page loads (the inbox; the public home page), each
 *   file gzipped as a web server would send it;
 * - the inbox showing 200 tasks, on a cold cache (a new browser context each round): from navigation
 *   to the 200th row on screen, measured in the page (performance.now()), beside the same 200 tasks
 *   through the API (GET /v1/tasks?limit=200) and through PostgreSQL (the inbox's SQL by pg), in the
 *   same round;
 * - all of it while findings arrive at half the service's saturation rate (the case-start figure's
 *   API rate from this run when it ran, else BENCH_CONSOLE_LOAD_RATE, default 20/s).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chinaDateOf } from '../../domain/calendar';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser/chromium';
import { seriesPattern } from '../../tests/kit/findings';
import { call } from '../../tests/kit/http';
import { eventually } from '../../tests/kit/poll';
import { authorizationFor } from '../../tests/kit/tokens';
import { OFFICER, log, type BenchContext } from './context';
import { benchFinding } from './findings';
import { atRate } from './load';
import { median, round, spread } from './stats';

const SERIES = '控制台';
const LOAD_SERIES = '控制台负载';
const TASKS = 200;

interface PageWeight {
  files: number;
  rawKiB: number;
  gzipKiB: number;
}

async function pageWeight(
  browser: Browser,
  url: string,
  token: string | null,
  ready: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  if (token)
    await context.addInitScript(`sessionStorage.setItem('capacity-exit.token', ${JSON.stringify(token)})`);
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push(response.body());
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  const files = await Promise.all(bodies);
  await context.close();
  const raw = files.reduce((sum, body) => sum + body.length, 0);
  const gzip = files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  return { files: files.length, rawKiB: round(raw / 1024, 1), gzipKiB: round(gzip / 1024, 1) };
}

export async function measureConsole(
  ctx: BenchContext,
  { halfSaturation }: { halfSaturation: number | null },
) {
  const authorization = await authorizationFor(OFFICER);
  const token = authorization.replace(/^Bearer /, '');
  log(`console: filing ${TASKS} findings for the officer's inbox`);
  const findings = Array.from({ length: TASKS }, () =>
    benchFinding(SERIES, { regionCode: '320508', findingDate: chinaDateOf(new Date()) }),
  );
  const filed = await call(`${ctx.apiUrl}/v1/findings/batch`, {
    method: 'POST',
    authorization,
    body: { findings },
  });
  if (filed.status !== 200) throw new Error(`POST /v1/findings/batch answered ${filed.status}`);
  await eventually(
    async () =>
      (
        await ctx.pool.query<{ n: number }>(
          `select count(*)::int as n from tasks t join cases c on c.id = t.case_id
           where t.closed_at is null and c.document_number like $1`,
          [seriesPattern(SERIES)],
        )
      ).rows[0]!.n,
    (n) => n >= TASKS,
    `${TASKS} open tasks for the console's officer`,
    { timeoutMs: 300_000 },
  );

  const loadRate = halfSaturation ?? Number(process.env.BENCH_CONSOLE_LOAD_RATE ?? 20);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const weights = {
      console: await pageWeight(browser, `${ctx.apiUrl}/console/`, token, 'tbody tr.ant-table-row'),
      public: await pageWeight(browser, `${ctx.apiUrl}/public/`, null, 'h1'),
    };
    log(
      `console: page weight console ${weights.console.gzipKiB} KiB gzip, public ${weights.public.gzipKiB} KiB gzip`,
    );

    const rounds = ctx.settings.rounds;
    const windowMs = (rounds * 8 + 10) * 1000;
    log(`console: ${rounds} cold loads of the inbox (${TASKS} tasks) under ${loadRate}/s findings`);
    const loadFindings = Array.from({ length: Math.ceil((loadRate * windowMs) / 1000) + 1 }, () =>
      benchFinding(LOAD_SERIES, { regionCode: '320581', findingDate: chinaDateOf(new Date()) }),
    );
    let loadIndex = 0;
    const load = atRate(
      async () => {
        const finding = loadFindings[loadIndex++ % loadFindings.length]!;
        const answer = await call(`${ctx.apiUrl}/v1/findings`, {
          method: 'POST',
          authorization,
          body: finding,
        });
        if (answer.status !== 201 && answer.status !== 200)
          throw new Error(`filing answered ${answer.status}`);
      },
      loadRate,
      windowMs,
    );
    const inboxMs: number[] = [];
    const apiMs: number[] = [];
    const sqlMs: number[] = [];
    const inboxSql = `select t.id from tasks t join cases c on c.id = t.case_id
      where t.closed_at is null and t.role = 'department_officer' and t.region_code like '3205%'
        and (t.departments is null or t.departments @> array['industry_it'])
      order by coalesce(t.due_at, 'infinity'::timestamptz), t.id limit ${TASKS}`;
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the load under way
    for (let r = 0; r < rounds; r++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      await context.addInitScript(`sessionStorage.setItem('capacity-exit.token', ${JSON.stringify(token)})`);
      const page = await context.newPage();
      await page.goto(`${ctx.apiUrl}/console/?size=${TASKS}`);
      // Locators, not a page function: the console's CSP allows no eval.
      await page
        .locator('tbody tr.ant-table-row')
        .nth(TASKS - 1)
        .waitFor({ timeout: 60_000 });
      inboxMs.push(await page.evaluate('performance.now()'));
      await context.close();

      let t = performance.now();
      const answer = await call<{ items: unknown[] }>(`${ctx.apiUrl}/v1/tasks?limit=${TASKS}`, {
        authorization,
      });
      apiMs.push(performance.now() - t);
      if (answer.body.items.length !== TASKS)
        throw new Error(`the inbox API answered ${answer.body.items.length} tasks`);
      t = performance.now();
      await ctx.pool.query(inboxSql);
      sqlMs.push(performance.now() - t);
    }
    const loaded = await load;
    const result = {
      tasks: TASKS,
      rounds,
      loadRatePerSecond: round(loadRate, 1),
      loadAchievedPerSecond: round(loaded.perSecond, 1),
      loadErrors: loaded.errors,
      pageWeight: weights,
      inboxColdMs: spread(inboxMs),
      apiMs: spread(apiMs),
      sqlMs: spread(sqlMs),
      inboxOverApi: round(median(inboxMs) / median(apiMs), 1),
      inboxOverSql: round(median(inboxMs) / median(sqlMs), 1),
    };
    log(
      `console: inbox p50 ${round(median(inboxMs), 0)} ms, API ${round(median(apiMs), 1)} ms, SQL ${round(median(sqlMs), 1)} ms`,
    );
    return result;
  } finally {
    await browser.close();
  }
}
