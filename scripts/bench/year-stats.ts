/**
 * Figure 9: the year-end exit statistics (年度退出情况统计表, issue 15) for BENCH_STATS_CASES (100,000) exited
 * cases, as of a cut-off — GET /v1/statistics/exits for a province, against the same query (db/statistics.ts)
 * run by `pg` straight on the same database, BENCH_ROUNDS times each, alternating. The cases and their
 * ledgers are seeded with one INSERT … SELECT each over generate_series: filed, ordered to exit, dismantled,
 * accepted by the county and by the city within last year, in 唐山's counties.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../../db/schema';
import { exitStatistics, endOfChinaDay } from '../../db/statistics';
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { call } from '../../tests/kit/http';
import { authorizationFor } from '../../tests/kit/tokens';
import { log, type BenchContext } from './context';
import { latency, round } from './stats';

const PROVINCE = '130000';
const COUNTIES = ['130202', '130203', '130204', '130205', '130207', '130208', '130209', '130224', '130225'];
const VIEWER: Principal = {
  userId: 'bench-statistics',
  roles: ['supervisor'],
  regionCode: PROVINCE,
  department: null,
};

export async function seedExitedCases(
  ctx: Pick<BenchContext, 'pool'>,
  count: number,
  year: number,
): Promise<void> {
  const client = await ctx.pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into cases (id, workflow_id, department, document_number, enterprise_name, credit_code, region_code,
                          industry, dimension, capacity_value, capacity_unit, finding_date, policy_version, finding,
                          status, outcome, state_version, created_at, updated_at)
       select 'RC-' || upper(substr(md5('stats-' || g), 1, 16)),
              'rectification-case/RC-' || upper(substr(md5('stats-' || g), 1, 16)),
              'industry_it', '统计种子〔' || $2::int || '〕' || g || '号', '唐山统计' || g || '钢铁有限公司',
              '91' || ($1::text[])[1 + g % cardinality($1::text[])] || lpad(g::text, 9, '0') || 'X',
              ($1::text[])[1 + g % cardinality($1::text[])], 'steel', 'technology',
              round((10 + (g % 290))::numeric, 1), '万吨/年', make_date($2::int, 1, 5), $3,
              jsonb_build_object('capacity', jsonb_build_object('equipment', g || '号高炉', 'value', 10 + (g % 290), 'unit', '万吨/年')),
              'exited', 'exited', 5, now(), now()
         from generate_series(1, $4::int) as g`,
      [COUNTIES, year, currentVersionOf(NATIONAL), count],
    );
    await client.query(
      // Recorded when they happened: the table as of the cut-off counts only what was recorded by then.
      `insert into case_events (case_id, sequence, type, status, occurred_at, recorded_at, detail)
       select 'RC-' || upper(substr(md5('stats-' || g), 1, 16)), step.sequence, step.type, step.status,
              at, at, step.detail::jsonb
         from generate_series(1, $2::int) as g,
              (values (1, 'case_filed', 'filed', 0, '{}'),
                      (2, 'exit_ordered_at_once', 'exiting', 1, '{}'),
                      (3, 'exit_evidence_recorded', 'awaiting_acceptance', 10,
                       '{"item": "dismantled", "sealed": false, "exitCompleted": true}'),
                      (4, 'acceptance_passed', 'awaiting_acceptance', 15, '{"level": "county", "result": "pass"}'),
                      (5, 'acceptance_passed', 'exited', 20, '{"level": "city", "result": "pass"}'))
                as step(sequence, type, status, days, detail),
              lateral (select (make_date($1::int, 1, 5) + (g % 330) + step.days)::timestamp
                                at time zone 'Asia/Shanghai' + interval '10 hours' as at) as happened`,
      [year, count],
    );
    await client.query('commit');
  } finally {
    client.release();
  }
  await ctx.pool.query('vacuum (analyze) cases, case_events');
}

export async function measureYearStatistics(ctx: BenchContext) {
  const count = ctx.settings.statisticsCases;
  const year = Number(chinaDateOf(new Date()).slice(0, 4)) - 1;
  const cutoff = `${year}-12-31`;
  const seedBegan = performance.now();
  await seedExitedCases(ctx, count, year);
  log(`statistics: seeded ${count} exited cases in ${((performance.now() - seedBegan) / 1000).toFixed(1)} s`);

  const authorization = await authorizationFor(VIEWER);
  const url = `${ctx.apiUrl}/v1/statistics/exits?year=${year}&period=year_end&region=${PROVINCE}&cutoff=${cutoff}`;
  const db = drizzle(ctx.pool, { schema });
  const asOf = endOfChinaDay(cutoff);
  const api: number[] = [];
  const raw: number[] = [];
  let rows = 0;
  let rawRows = 0;
  for (let round_ = 0; round_ < ctx.settings.rounds; round_++) {
    const apiBegan = performance.now();
    const answer = await call<{ rows: unknown[] }>(url, { authorization, timeoutMs: 10 * 60_000 });
    api.push(performance.now() - apiBegan);
    if (answer.status !== 200) throw new Error(`GET /v1/statistics/exits answered ${answer.status}`);
    rows = answer.body.rows.length;
    const rawBegan = performance.now();
    const table = await exitStatistics(db, { year, period: 'year_end', regionCode: PROVINCE, asOf });
    raw.push(performance.now() - rawBegan);
    rawRows = table.rows.length;
  }
  const apiLatency = latency(api);
  const rawLatency = latency(raw);
  log(
    `statistics: the API in ${(apiLatency.p50 / 1000).toFixed(2)} s, pg in ${(rawLatency.p50 / 1000).toFixed(2)} s`,
  );
  return {
    cases: count,
    rowsInTable: rows,
    rowsByPg: rawRows,
    apiMs: apiLatency,
    pgMs: rawLatency,
    /** The API (query, JSON, response schema) against the same query by pg. */
    apiVsPg: round(apiLatency.p50 / rawLatency.p50, 2),
    target: 'the year-end table for 100,000 cases in under 5 s',
    met: apiLatency.p50 < 5_000 && rows === count,
  };
}
