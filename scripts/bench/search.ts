/**
 * Figure 3: case list and search latency with BENCH_SEARCH_CASES (100,000) cases in the read model:
 * GET /v1/cases with typical filters against the very SQL the API runs (captured from drizzle's
 * logger while db/case-search.ts builds it), run directly through `pg`. Alternating windows at a
 * fixed arrival rate, the queries taken in turn; then EXPLAIN ANALYZE of each query, and the indexes
 * those plans ask for tried on the scratch database (never a migration: the figure reports them).
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import type { Principal } from '../../api/auth';
import { searchCases, type CaseSearch } from '../../db/case-search';
import * as schema from '../../db/schema';
import { filedCaseState, type CaseState } from '../../domain/case';
import type { CaseStatus, Dimension } from '../../domain/enums';
import { caseScope } from '../../domain/authority';
import { regionPrefix } from '../../domain/region';
import { log, type BenchContext } from './context';
import { authorizationFor } from '../../tests/kit/tokens';
import { benchFinding, caseInputFor } from './findings';
import { call } from '../../tests/kit/http';
import { alternate, atRate, type Request } from './load';
import { NAME_WORDS, seedCases, seededMix } from './search-seed';
import { latency, round, spread } from './stats';

interface SearchQuery {
  name: string;
  /** What a user does with it. */
  what: string;
  principal: Principal;
  params: Record<string, string>;
  /** Take the second page: the cursor from the first. */
  secondPage?: boolean;
}

const supervisor = (regionCode: string): Principal => ({
  userId: `bench-supervisor-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});

function queries(creditCode: string): SearchQuery[] {
  return [
    {
      name: 'county-rectifying',
      what: 'a city office: one county’s cases under rectification, soonest due first',
      principal: supervisor('130200'),
      params: { region: '130283', status: 'rectifying' },
    },
    {
      name: 'province-dimension-status',
      what: 'a province office: environment cases waiting on the government or exiting',
      principal: supervisor('130000'),
      params: { dimension: 'environment', status: 'awaiting_government_decision,exiting' },
    },
    {
      name: 'enterprise-fragment',
      what: 'a province office: an enterprise by a fragment of its name',
      principal: supervisor('320000'),
      params: { enterprise: NAME_WORDS[0]! },
    },
    {
      name: 'enterprise-name',
      what: 'a province office: an enterprise by the words of its name',
      principal: supervisor('320000'),
      params: { enterprise: `${NAME_WORDS[0]!}钢铁` },
    },
    {
      name: 'enterprise-credit-code',
      what: 'a province office: an enterprise by its credit code',
      principal: supervisor('130000'),
      params: { enterprise: creditCode },
    },
    {
      name: 'city-second-page',
      what: 'a city office: all its cases, the second page (cursor)',
      principal: supervisor('130400'),
      params: {},
      secondPage: true,
    },
    {
      name: 'department-officer',
      what: 'a county’s industry & IT officer: its dimensions’ cases under rectification',
      principal: {
        userId: 'bench-officer-130283',
        roles: ['department_officer'],
        regionCode: '130283',
        department: 'industry_it',
      },
      params: { status: 'rectifying' },
    },
    {
      name: 'province-overdue-recent',
      what: 'a province office: overdue cases, last changed first',
      principal: supervisor('370000'),
      params: { overdue: 'true', sort: 'recent' },
    },
  ];
}

/** The CaseSearch the API builds for this caller and query (api/services/cases.ts listCases). */
function caseSearchFor(principal: Principal, params: Record<string, string>, after?: CaseSearch['after']) {
  const search: CaseSearch = {
    regionPrefix: regionPrefix(params.region ?? principal.regionCode),
    owned: caseScope(principal).owned,
    dimension: params.dimension as Dimension | undefined,
    statuses: params.status ? (params.status.split(',') as CaseStatus[]) : undefined,
    overdueAt: params.overdue === 'true' ? new Date() : undefined,
    enterprise: params.enterprise,
    sort: (params.sort as CaseSearch['sort'] | undefined) ?? 'due',
    limit: 50 + 1,
    after,
  };
  return search;
}

interface Prepared {
  query: SearchQuery;
  path: string;
  authorization: string;
  sql: string;
  params: unknown[];
  rowsOnPage: number;
}

export async function measureSearch(ctx: BenchContext) {
  const count = ctx.settings.searchCases;
  log(`search: seeding ${count} cases`);
  const seedStarted = performance.now();
  await seedCases(ctx.pool, count, await stateTemplate(ctx));
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const { rows: totals } = await ctx.pool.query<{ n: string; size: string }>(
    `select count(*) as n, pg_size_pretty(pg_total_relation_size('cases')) as size from cases`,
  );
  log(
    `search: ${totals[0]!.n} cases in the read model (${totals[0]!.size}), seeded in ${seedSeconds.toFixed(1)} s`,
  );
  const { rows: someCode } = await ctx.pool.query<{ credit_code: string }>(
    `select credit_code from cases where document_number like '种子%' and region_code like '13%' limit 1`,
  );
  const prepared = await Promise.all(
    queries(someCode[0]?.credit_code ?? '91130283000000001X').map((q) => prepare(ctx, q)),
  );

  const pool = new Pool({ connectionString: ctx.databaseUrl, max: Math.min(ctx.settings.concurrency, 16) });
  try {
    const measured = await measureQueries(ctx, pool, prepared, ctx.settings.rounds);
    const slow = measured.byQuery.filter((q) => q.apiMs.p95 > 50);
    return {
      cases: Number(totals[0]!.n),
      tableSize: totals[0]!.size,
      seedSeconds: round(seedSeconds),
      seeded: await seededMix(ctx.pool),
      ratePerSecond: ctx.settings.searchRate,
      ...measured,
      target: 'API p95 ≤ 50 ms at 100,000 cases, over the mix and for each query',
      /** Whether the read model held the target's 100,000 cases (a quick run seeds fewer). */
      atTargetSize: count >= 100_000,
      met: measured.apiMs.p95 <= 50 && slow.length === 0,
      analysis: searchAnalysis(measured),
    };
  } finally {
    await pool.end();
  }
}

type Mode = 'pg' | 'api';

/** Alternating pg/API windows at the fixed rate, the queries in turn; then each query's plan. */
async function measureQueries(ctx: BenchContext, pool: Pool, prepared: Prepared[], rounds: number) {
  const senders: Record<Mode, Request> = {
    pg: async (i) => {
      const p = prepared[i % prepared.length]!;
      await pool.query(p.sql, p.params);
    },
    api: async (i) => {
      const p = prepared[i % prepared.length]!;
      const answer = await call(`${ctx.apiUrl}${p.path}`, { authorization: p.authorization });
      if (answer.status !== 200) throw new Error(`GET ${p.path} answered ${answer.status}`);
    },
  };
  // Warm both paths (connections, plans, caches) before measuring.
  for (let i = 0; i < prepared.length * 5; i++) {
    await senders.pg(i);
    await senders.api(i);
  }
  const windowMs = ctx.settings.windowSeconds * 1000;
  const rate = ctx.settings.searchRate;
  log(`search: ${rounds} rounds at ${rate}/s`);
  // Latencies split by query: request i runs query i mod n.
  const perQuery: Record<Mode, number[][]> = { pg: prepared.map(() => []), api: prepared.map(() => []) };
  const windows = await alternate(
    ['pg', 'api'],
    rounds,
    (mode) => atRate(senders[mode], rate, windowMs, (i, ms) => perQuery[mode][i % prepared.length]!.push(ms)),
    (r, w) =>
      log(
        `search, round ${r + 1}: p95 pg ${latency(w.pg.latencies).p95.toFixed(1)} ms, api ${latency(w.api.latencies).p95.toFixed(1)} ms`,
      ),
  );
  const plans: Awaited<ReturnType<typeof explain>>[] = [];
  for (const p of prepared) plans.push(await explain(pool, p));
  const byQuery = prepared.map((p, i) => {
    const pg = latency(perQuery.pg[i]!);
    const api = latency(perQuery.api[i]!);
    return {
      name: p.query.name,
      what: p.query.what,
      request: p.path,
      rowsOnPage: p.rowsOnPage,
      pgMs: { p50: round(pg.p50, 2), p95: round(pg.p95, 2), samples: pg.samples },
      apiMs: { p50: round(api.p50, 2), p95: round(api.p95, 2), samples: api.samples },
      executionMs: plans[i]!.executionMs,
      plan: plans[i]!.summary,
    };
  });
  const all = [...windows.pg, ...windows.api];
  return {
    pgMs: latency(windows.pg.flatMap((w) => w.latencies)),
    apiMs: latency(windows.api.flatMap((w) => w.latencies)),
    p95PerRound: {
      pg: spread(windows.pg.map((w) => latency(w.latencies).p95)),
      api: spread(windows.api.map((w) => latency(w.latencies).p95)),
    },
    byQuery,
    plans: plans.map((plan, i) => ({
      name: prepared[i]!.query.name,
      sql: prepared[i]!.sql,
      text: plan.text,
    })),
    errors: {
      count: all.reduce((n, w) => n + w.errors, 0),
      first: all.find((w) => w.firstError)?.firstError,
    },
  };
}

/** Which queries miss and what their plans do. */
function searchAnalysis(measured: Awaited<ReturnType<typeof measureQueries>>): string[] {
  const lines: string[] = [];
  for (const [i, q] of measured.byQuery.entries()) {
    const plan = measured.plans[i]!.text.join('\n');
    const removed = [...plan.matchAll(/Rows Removed by Filter: (\d+)/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    const filter = /Filter: \((.*)\)$/m.exec(plan)?.[1];
    if (q.apiMs.p95 <= 50 && removed < 5_000) continue;
    lines.push(
      `${q.name}: API p95 ${q.apiMs.p95.toFixed(1)} ms, pg p95 ${q.pgMs.p95.toFixed(1)} ms; the plan (${q.plan}) ` +
        `reads and throws away ${removed} rows` +
        (filter ? ` on the filter ${filter.replace(/::text(\[\])?/g, '')}` : '') +
        ` to fill a page of ${q.rowsOnPage}.`,
    );
  }
  return lines;
}

/** A real case's state as the template for the seeded rows' `state` (a filed one's if none yet). */
async function stateTemplate(ctx: BenchContext): Promise<CaseState> {
  const { rows } = await ctx.pool.query<{ state: CaseState }>(
    `select state from cases where state is not null and status = 'rectifying' order by state_version desc limit 1`,
  );
  if (rows[0]) return rows[0].state;
  return filedCaseState(caseInputFor(benchFinding('模板')), new Date().toISOString());
}

/** The API path, and the SQL and parameters db/case-search.ts sends for the same caller and query. */
async function prepare(ctx: BenchContext, query: SearchQuery): Promise<Prepared> {
  const authorization = await authorizationFor(query.principal);
  let params = query.params;
  let after: CaseSearch['after'];
  if (query.secondPage) {
    const first = await call<{ nextCursor: string | null; items: { id: string }[] }>(
      `${ctx.apiUrl}/v1/cases?${new URLSearchParams(params)}`,
      { authorization },
    );
    if (!first.body.nextCursor) throw new Error(`${query.name}: the first page has no next page`);
    params = { ...params, cursor: first.body.nextCursor };
    after = JSON.parse(
      Buffer.from(first.body.nextCursor, 'base64url').toString('utf8'),
    ) as CaseSearch['after'];
  }
  const path = `/v1/cases?${new URLSearchParams(params)}`;
  const captured: { sql: string; params: unknown[] }[] = [];
  const db = drizzle(ctx.pool, {
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
  });
  const rows = await searchCases(db, caseSearchFor(query.principal, query.params, after));
  const sent = captured[0];
  if (!sent) throw new Error(`${query.name}: drizzle logged no query`);
  // The API's answer must be the rows this SQL finds: the same query, not a look-alike.
  const answer = await call<{ items: { id: string }[] }>(`${ctx.apiUrl}${path}`, { authorization });
  const apiIds = answer.body.items.map((item) => item.id).join(',');
  const sqlIds = rows
    .slice(0, 50)
    .map((row) => row.id)
    .join(',');
  if (answer.status !== 200 || apiIds !== sqlIds)
    throw new Error(`${query.name}: the API (${answer.status}) and the captured SQL disagree`);
  return {
    query,
    path,
    authorization,
    sql: sent.sql,
    params: sent.params,
    rowsOnPage: answer.body.items.length,
  };
}

async function explain(pool: Pool, p: Prepared) {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) ${p.sql}`,
    p.params,
  );
  const text = rows.map((row) => row['QUERY PLAN']);
  const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(text.join('\n'))?.[1] ?? NaN);
  // The plan's nodes in order, without the per-node figures: "Limit → Sort → Seq Scan on cases".
  const summary = text
    .filter((line) => /->|^\S/.test(line) && !/^(Planning|Execution)/.test(line))
    .map((line) =>
      line
        .replace(/\s+\(cost=.*$/, '')
        .replace(/^\s*->\s*/, '')
        .trim(),
    )
    .join(' → ');
  return { text, executionMs, summary };
}
