/**
 * Figure 8: a city's census (摸底排查, issue 15) — BENCH_CENSUS_ROWS (20,000) rows, one per piece of equipment,
 * in one CSV of the census template, imported into the city's inventory (POST /v1/census/{city}/{year}/imports:
 * read, validated, stored), then filed (POST …/filings, 1,000 rows a request, until none remain), until
 * PostgreSQL shows every case rectifying with its deadline. The API's resident memory is sampled through the
 * import. Baselines in the same run: the same rows inserted by `pg` straight into a table shaped like the
 * inventory (the import's storage, raw), and the raw @temporalio/client starting BENCH_CENSUS_RAW_STARTS case
 * workflows (the filing's starts, raw).
 */
import { chinaDateOf } from '../../domain/calendar';
import { CASE_WORKFLOW_TYPE, TASK_QUEUE, caseWorkflowId } from '../../workflows/contract';
import { censusCsvText, censusRow } from '../../tests/kit/census';
import { seriesPattern } from '../../tests/kit/findings';
import { call } from '../../tests/kit/http';
import { poll } from '../../tests/kit/poll';
import { authorizationFor } from '../../tests/kit/tokens';
import { mapWithConcurrency } from '../../lib/concurrency';
import { OFFICER, log, type BenchContext } from './context';
import { benchFinding, caseInputFor } from './findings';
import { residentMemory } from './machine';
import { round } from './stats';

const SERIES = '摸排';
const RAW_SERIES = '摸排原始';
const CITY = '320500';
const COUNTIES = ['320505', '320506', '320507', '320508', '320509', '320581', '320582', '320583', '320585'];

interface ImportAnswer {
  summary: { rows: number; stored: number; alreadyInInventory: number; rejected: number };
}
interface FilingAnswer {
  remaining: number;
  summary: { created: number; existing: number; failed: number; notYours: number };
}

export async function measureCensus(ctx: BenchContext) {
  const total = ctx.settings.censusRows;
  const year = Number(chinaDateOf(new Date()).slice(0, 4)) + 1;
  const authorization = await authorizationFor(OFFICER);
  const findingDate = chinaDateOf(new Date());
  const findings = Array.from({ length: total }, (_, i) =>
    benchFinding(SERIES, { regionCode: COUNTIES[i % COUNTIES.length], findingDate }),
  );
  const csv = censusCsvText(findings.map(censusRow));
  log(`census: ${total} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MiB of CSV`);

  // The import, with the API's resident memory sampled every 50 ms.
  const rssBefore = ctx.apiPid ? (residentMemory(ctx.apiPid)?.rssMiB ?? null) : null;
  let rssPeak = rssBefore ?? 0;
  const sampler = setInterval(() => {
    const rss = ctx.apiPid ? residentMemory(ctx.apiPid)?.rssMiB : undefined;
    if (rss !== undefined) rssPeak = Math.max(rssPeak, rss);
  }, 50);
  const began = performance.now();
  const imported = await call<ImportAnswer>(`${ctx.apiUrl}/v1/census/${CITY}/${year}/imports`, {
    method: 'POST',
    authorization,
    text: csv,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    timeoutMs: 15 * 60_000,
  });
  const importSeconds = (performance.now() - began) / 1000;
  clearInterval(sampler);
  if (imported.status !== 200)
    throw new Error(`the import answered ${imported.status}: ${JSON.stringify(imported.body)}`);
  if (imported.body.summary.stored !== total)
    throw new Error(
      `the import stored ${imported.body.summary.stored} of ${total}: ${JSON.stringify(imported.body.summary)}`,
    );
  log(
    `census: imported in ${importSeconds.toFixed(1)} s (API RSS ${rssBefore?.toFixed(0)} → peak ${rssPeak.toFixed(0)} MiB)`,
  );

  // Filing, a thousand rows a request, until none remain.
  const filingBegan = performance.now();
  let requests = 0;
  const rows = { created: 0, existing: 0, failed: 0, notYours: 0 };
  for (let remaining = total; remaining > 0;) {
    const filed = await call<FilingAnswer>(`${ctx.apiUrl}/v1/census/${CITY}/${year}/filings?limit=1000`, {
      method: 'POST',
      authorization,
      timeoutMs: 15 * 60_000,
    });
    requests += 1;
    if (filed.status !== 200)
      throw new Error(`the filing answered ${filed.status}: ${JSON.stringify(filed.body)}`);
    for (const key of Object.keys(rows) as (keyof typeof rows)[]) rows[key] += filed.body.summary[key];
    remaining = filed.body.remaining;
    if (requests > total) throw new Error('the filing makes no progress');
  }
  const filingSeconds = (performance.now() - filingBegan) / 1000;
  const settled = await poll(
    () =>
      ctx.pool
        .query<{ n: string }>(
          `select count(*) as n from cases
            where document_number like $1 and status = 'rectifying' and deadline_lapses_at is not null`,
          [seriesPattern(SERIES)],
        )
        .then(({ rows: [row] }) => Number(row!.n)),
    (n) => n >= total,
    { timeoutMs: 30 * 60_000, everyMs: 500 },
  );
  const totalSeconds = (performance.now() - began) / 1000;
  const linked = await ctx.pool.query<{ n: string }>(
    `select count(*) as n from census_entries where region_code = $1 and year = $2 and case_id is not null`,
    [CITY, year],
  );
  log(`census: filed in ${filingSeconds.toFixed(1)} s; all rectifying after ${totalSeconds.toFixed(1)} s`);

  // Baseline 1: the same rows straight into a table shaped like the inventory, by pg.
  const client = await ctx.pool.connect();
  let rawInsertSeconds: number;
  try {
    await client.query(`create temporary table census_raw (like census_entries including defaults)`);
    const rawBegan = performance.now();
    await client.query('begin');
    for (let start = 0; start < total; start += 1_000) {
      const chunk = findings.slice(start, start + 1_000);
      await client.query(
        `insert into census_raw (id, region_code, year, number, department, document_number, finding, source_row,
                                 imported_by, imported_at, late)
         select 'raw-' || ($3::int + n), $1, $2, $3::int + n, f ->> 'department', f ->> 'documentNumber', f,
                $3::int + n + 1, '{}'::jsonb, now(), false
           from jsonb_array_elements($4::jsonb) with ordinality as t(f, n)`,
        [CITY, year, start, JSON.stringify(chunk)],
      );
    }
    await client.query('commit');
    rawInsertSeconds = (performance.now() - rawBegan) / 1000;
  } finally {
    client.release();
  }

  // Baseline 2: the raw client starting case workflows, as the filing does, at the filing's concurrency.
  const rawCount = Math.min(ctx.settings.censusRawStarts, total);
  const rawFindings = Array.from({ length: rawCount }, (_, i) =>
    benchFinding(RAW_SERIES, { regionCode: COUNTIES[i % COUNTIES.length], findingDate }),
  );
  const rawBegan = performance.now();
  await mapWithConcurrency(rawFindings, 16, async (finding) => {
    const input = caseInputFor(finding);
    await ctx.temporal.workflow.start(CASE_WORKFLOW_TYPE, {
      taskQueue: TASK_QUEUE,
      workflowId: caseWorkflowId(input.caseId),
      args: [input],
    });
  });
  const rawStartSeconds = (performance.now() - rawBegan) / 1000;
  const filingPerSecond = total / filingSeconds;
  const rawStartsPerSecond = rawCount / rawStartSeconds;

  return {
    rows: total,
    csvMiB: round(Buffer.byteLength(csv) / 1024 / 1024, 1),
    importSeconds: round(importSeconds, 1),
    rawInsertSeconds: round(rawInsertSeconds, 2),
    /** The import (read, validate, store) against pg inserting the same rows. */
    importVsRawInsert: round(importSeconds / rawInsertSeconds, 1),
    apiRssMiB: {
      before: rssBefore === null ? null : round(rssBefore, 0),
      peakDuringImport: round(rssPeak, 0),
    },
    filingRequests: requests,
    filingSeconds: round(filingSeconds, 1),
    filingPerSecond: round(filingPerSecond),
    rawStarts: rawCount,
    rawStartsPerSecond: round(rawStartsPerSecond),
    /** Filing through the API (insert, start, link) against the raw client's starts. */
    filingVsRawStarts: round(filingPerSecond / rawStartsPerSecond, 2),
    /** Import, filing, and every case rectifying with its deadline in PostgreSQL. */
    totalSeconds: round(totalSeconds, 1),
    rowResults: rows,
    verified: { rectifyingWithDeadline: settled.value, linkedToTheirCase: Number(linked.rows[0]!.n) },
    target: 'under 10 minutes end to end; the API under 500 MiB during the import',
    met:
      totalSeconds < 600 &&
      rssPeak < 500 &&
      rows.failed === 0 &&
      settled.value >= total &&
      Number(linked.rows[0]!.n) === total,
  };
}
