/**
 * The census inventory over the API (domain/census-inventory.ts): a jurisdiction's rows for a year imported
 * from the census template (rows in error are reported at their cells and not stored), the local
 * government's consent to rows imported after the census deadline, the rows that count filed as findings
 * through the idempotent filing path and linked to their cases, and the published result.
 */
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { censusEntries, type CensusEntryRow } from '../../db/schema';
import { capabilityProblem, filingProblem, regionCovers } from '../../domain/authority';
import {
  CENSUS_ENTRY_STATUSES,
  censusDeadlineOf,
  censusEntryCounts,
  censusEntryIdOf,
  censusEntryStatus,
  consentProblem,
  type CensusEntryStatus,
} from '../../domain/census-inventory';
import type { Actor } from '../../domain/decisions';
import type { Finding } from '../../domain/finding';
import { isKnownRegion, regionName } from '../../domain/region-names';
import { regionPrefix } from '../../domain/region';
import { mapWithConcurrency } from '../../lib/concurrency';
import type { Principal } from '../auth';
import { isServiceUnavailable } from '../availability';
import { ProblemError } from '../problem';
import { MAX_CENSUS_IMPORT_ROWS } from '../schemas/census';
import {
  INVENTORY_CURSOR,
  type CensusFiling,
  type CensusImport,
  type CensusInventory,
  type CensusResult,
  type ConsentBody,
} from '../schemas/census-inventory';
import { censusPreview } from './census';
import { fileFinding, type CaseServiceDeps } from './cases';
import { deadlineView } from './deadlines';

/** Arbitrary constant: serialises the numbering of one jurisdiction's rows (other locks use 7_233_00x). */
const INVENTORY_LOCK_KEY = 7_233_010;
/** Rows filed at once, as the batch path does. */
const FILING_CONCURRENCY = 16;
const INSERT_CHUNK = 1_000;

function jurisdictionOf(principal: Principal, regionCode: string): void {
  if (!isKnownRegion(regionCode))
    throw new ProblemError('notFound', 404, `no region ${regionCode} in the name table`);
  if (!regionCovers(principal.regionCode, regionCode))
    throw new ProblemError(
      'forbidden',
      403,
      `${regionCode} is outside the caller’s jurisdiction ${principal.regionCode}`,
    );
}

function refuseWithout(principal: Principal, capability: 'file_finding' | 'consent_late_census'): void {
  const refusal = capabilityProblem(principal, capability);
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
}

const actorOf = (principal: Principal, role: Actor['role']): Actor => ({
  userId: principal.userId,
  role,
  regionCode: principal.regionCode,
  department: principal.department,
});

/**
 * Imports a filled template into the inventory: every row read and validated as the preview does, plus
 * the enterprise inside the jurisdiction; the valid rows stored at once (a row already in the inventory —
 * the same department and document number — is left as it is), the others reported at their cells.
 */
export async function importCensus(
  db: Database,
  principal: Principal,
  params: { regionCode: string; year: number },
  body: Buffer | undefined,
  mediaType: string,
  /** The instant the rows are imported at (whether they are late); a test on a skipped clock gives its own. */
  now: Date = new Date(),
): Promise<CensusImport> {
  jurisdictionOf(principal, params.regionCode);
  refuseWithout(principal, 'file_finding');
  const preview = await censusPreview(principal, body, mediaType, {
    maxRows: MAX_CENSUS_IMPORT_ROWS,
    what: 'a census import',
  });
  const deadline = censusDeadlineOf(params.regionCode, params.year);
  const importedAt = now;
  const late = deadline !== null && importedAt.getTime() >= Date.parse(deadline.lapsesAt);
  const regionColumn = preview.columns.find((column) => column.field === 'enterprise.regionCode');
  const rows = preview.rows.map((row) => {
    const finding = row.finding as Finding | null;
    if (finding && !regionCovers(params.regionCode, finding.enterprise.regionCode))
      return {
        row: row.row,
        finding: null,
        errors: [
          {
            cell: regionColumn?.column ? `${regionColumn.column}${row.row}` : null,
            column: regionColumn?.column ?? null,
            field: 'enterprise.regionCode',
            header: regionColumn?.header ?? '行政区划代码',
            message: `the enterprise’s region ${finding.enterprise.regionCode} is outside ${params.regionCode}`,
          },
        ],
      };
    return { row: row.row, finding, errors: row.errors };
  });
  const valid = rows.filter((row) => row.finding !== null);
  const entryOf = new Map<number, { id: string; stored: boolean }>();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INVENTORY_LOCK_KEY}, ${Number(params.regionCode)})`);
    const existing = await tx
      .select({
        id: censusEntries.id,
        department: censusEntries.department,
        documentNumber: censusEntries.documentNumber,
        number: censusEntries.number,
      })
      .from(censusEntries)
      .where(and(eq(censusEntries.regionCode, params.regionCode), eq(censusEntries.year, params.year)));
    const known = new Map(existing.map((e) => [`${e.department}\u0000${e.documentNumber}`, e.id]));
    let next = existing.reduce((max, e) => Math.max(max, e.number), 0);
    const values = [];
    for (const row of valid) {
      const finding = row.finding!;
      const key = `${finding.department}\u0000${finding.documentNumber}`;
      const already = known.get(key);
      if (already) {
        entryOf.set(row.row, { id: already, stored: false });
        continue;
      }
      next += 1;
      const id = censusEntryIdOf(params.regionCode, params.year, next);
      known.set(key, id);
      entryOf.set(row.row, { id, stored: true });
      values.push({
        id,
        regionCode: params.regionCode,
        year: params.year,
        number: next,
        department: finding.department,
        documentNumber: finding.documentNumber,
        finding,
        sourceRow: row.row,
        importedBy: actorOf(principal, 'department_officer') as unknown as Record<string, unknown>,
        importedAt,
        late,
      });
    }
    for (let start = 0; start < values.length; start += INSERT_CHUNK)
      await tx.insert(censusEntries).values(values.slice(start, start + INSERT_CHUNK));
  });
  const results = rows.map((row) => {
    const entry = entryOf.get(row.row);
    return {
      row: row.row,
      result: entry
        ? entry.stored
          ? ('stored' as const)
          : ('already_in_inventory' as const)
        : ('rejected' as const),
      entryId: entry?.id ?? null,
      errors: row.errors,
    };
  });
  return {
    regionCode: params.regionCode,
    year: params.year,
    deadline: deadline ? deadlineView(deadline) : null,
    late,
    summary: {
      rows: results.length,
      stored: results.filter((r) => r.result === 'stored').length,
      alreadyInInventory: results.filter((r) => r.result === 'already_in_inventory').length,
      rejected: results.filter((r) => r.result === 'rejected').length,
    },
    rows: results,
  };
}

const statusFilter = (status: CensusEntryStatus) => {
  switch (status) {
    case 'filed':
      return sql`${censusEntries.caseId} is not null`;
    case 'refused':
      return sql`${censusEntries.caseId} is null and ${censusEntries.consent} ->> 'outcome' = 'refused'`;
    case 'awaiting_consent':
      return sql`${censusEntries.caseId} is null and ${censusEntries.late} and ${censusEntries.consent} is null`;
    case 'confirmed':
      return sql`${censusEntries.caseId} is null and (not ${censusEntries.late} or ${censusEntries.consent} ->> 'outcome' = 'consented')`;
  }
};

function entryView(principal: Principal, row: CensusEntryRow) {
  return {
    id: row.id,
    number: row.number,
    status: censusEntryStatus(row),
    finding: row.finding,
    sourceRow: row.sourceRow,
    importedBy: row.importedBy,
    importedAt: row.importedAt.toISOString(),
    late: row.late,
    consent: row.consent
      ? { ...row.consent, by: row.consent.by as unknown as Record<string, unknown> }
      : null,
    caseId: row.caseId,
    mayConsent:
      capabilityProblem(principal, 'consent_late_census') ??
      consentProblem(row.regionCode, row, actorOf(principal, 'government_approver')),
  };
}

export async function censusInventory(
  db: Database,
  principal: Principal,
  params: { regionCode: string; year: number },
  query: { status?: CensusEntryStatus; limit: number; cursor?: string },
): Promise<CensusInventory> {
  jurisdictionOf(principal, params.regionCode);
  const within = and(eq(censusEntries.regionCode, params.regionCode), eq(censusEntries.year, params.year));
  const after = query.cursor ? INVENTORY_CURSOR.decode(query.cursor) : undefined;
  const rows = await db
    .select()
    .from(censusEntries)
    .where(
      and(
        within,
        query.status ? statusFilter(query.status) : undefined,
        after ? gt(censusEntries.number, after.number) : undefined,
      ),
    )
    .orderBy(asc(censusEntries.number))
    .limit(query.limit + 1);
  const counted = await db
    .select({
      status: sql<CensusEntryStatus>`case
        when ${censusEntries.caseId} is not null then 'filed'
        when ${censusEntries.consent} ->> 'outcome' = 'refused' then 'refused'
        when ${censusEntries.late} and ${censusEntries.consent} is null then 'awaiting_consent'
        else 'confirmed' end`,
      count: sql<number>`count(*)::int`,
    })
    .from(censusEntries)
    .where(within)
    .groupBy(sql`1`);
  const counts = Object.fromEntries(
    Object.keys(CENSUS_ENTRY_STATUSES).map((status) => [
      status,
      counted.find((c) => c.status === status)?.count ?? 0,
    ]),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const deadline = censusDeadlineOf(params.regionCode, params.year);
  return {
    regionCode: params.regionCode,
    regionName: regionName(params.regionCode),
    year: params.year,
    deadline: deadline ? deadlineView(deadline) : null,
    counts,
    items: page.map((row) => entryView(principal, row)),
    nextCursor: rows.length > query.limit && last ? INVENTORY_CURSOR.encode({ number: last.number }) : null,
  };
}

/** The local government's decision on a row imported after the census deadline (经属地政府同意), once. */
export async function decideConsent(
  db: Database,
  principal: Principal,
  id: string,
  body: ConsentBody,
  now: Date = new Date(),
): Promise<ReturnType<typeof entryView>> {
  const [row] = await db.select().from(censusEntries).where(eq(censusEntries.id, id));
  if (!row || !regionCovers(principal.regionCode, row.regionCode))
    throw new ProblemError('notFound', 404, `no census row ${id}`);
  refuseWithout(principal, 'consent_late_census');
  const actor = actorOf(principal, 'government_approver');
  const problem = consentProblem(row.regionCode, row, actor);
  if (problem) throw new ProblemError('decisionRejected', 409, problem);
  const consent = { ...body, by: actor, at: now.toISOString() };
  const [updated] = await db
    .update(censusEntries)
    .set({ consent })
    .where(and(eq(censusEntries.id, id), isNull(censusEntries.consent)))
    .returning();
  if (!updated)
    throw new ProblemError('decisionRejected', 409, 'the government has already decided on the row');
  return entryView(principal, updated);
}

/**
 * Files the rows that count and are not filed yet, those the caller may file (their department, their
 * region), through the idempotent filing path, and links each to its case. Sent again, it files what is
 * left: a row filed already is never filed twice.
 */
export async function fileCensus(
  deps: CaseServiceDeps,
  principal: Principal,
  params: { regionCode: string; year: number },
  query: { limit: number },
  log: { error(details: object, message: string): void },
): Promise<CensusFiling> {
  jurisdictionOf(principal, params.regionCode);
  refuseWithout(principal, 'file_finding');
  // The rows waiting to be filed that this caller files: its department's, its region's enterprises.
  const waiting = and(
    eq(censusEntries.regionCode, params.regionCode),
    eq(censusEntries.year, params.year),
    statusFilter('confirmed'),
    eq(censusEntries.department, principal.department ?? ''),
    sql`${censusEntries.finding} -> 'enterprise' ->> 'regionCode' like ${`${regionPrefix(principal.regionCode)}%`}`,
  );
  const rows = await deps.db
    .select()
    .from(censusEntries)
    .where(waiting)
    .orderBy(asc(censusEntries.number))
    .limit(query.limit);
  const results = await mapWithConcurrency(rows, FILING_CONCURRENCY, async (row) => {
    if (!censusEntryCounts(row)) throw new Error(`census row ${row.id} does not count`);
    const refusal = filingProblem(principal, row.finding);
    if (refusal) return { entryId: row.id, result: 'not_yours' as const, caseId: null, detail: refusal };
    try {
      const { created, case: filed } = await fileFinding(deps, row.finding);
      await deps.db
        .update(censusEntries)
        .set({ caseId: filed.id })
        .where(and(eq(censusEntries.id, row.id), isNull(censusEntries.caseId)));
      return {
        entryId: row.id,
        result: created ? ('created' as const) : ('existing' as const),
        caseId: filed.id,
        detail: null,
      };
    } catch (error) {
      log.error({ err: error, entryId: row.id }, 'census row not filed');
      return {
        entryId: row.id,
        result: 'failed' as const,
        caseId: null,
        detail: isServiceUnavailable(error)
          ? 'Temporal or PostgreSQL did not answer; file again (filed rows are not filed twice)'
          : 'an unexpected error, logged with this request id; file again',
      };
    }
  });
  const [left] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(censusEntries)
    .where(waiting);
  return {
    remaining: left?.n ?? 0,
    summary: {
      created: results.filter((r) => r.result === 'created').length,
      existing: results.filter((r) => r.result === 'existing').length,
      failed: results.filter((r) => r.result === 'failed').length,
      notYours: results.filter((r) => r.result === 'not_yours').length,
    },
    results,
  };
}

/** The published census result (000 四（二）1): the enterprise list, the equipment list and the capacity. */
export async function censusResult(
  db: Database,
  params: { regionCode: string; year: number },
): Promise<CensusResult> {
  if (!isKnownRegion(params.regionCode))
    throw new ProblemError('notFound', 404, `no region ${params.regionCode} in the name table`);
  const rows = (
    await db
      .select()
      .from(censusEntries)
      .where(and(eq(censusEntries.regionCode, params.regionCode), eq(censusEntries.year, params.year)))
      .orderBy(asc(censusEntries.number))
  ).filter(censusEntryCounts);
  const enterprises = new Map<string, CensusResult['enterprises'][number]>();
  const totals = new Map<string, { equipment: number; value: number }>();
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  for (const { finding } of rows) {
    const { enterprise, capacity } = finding;
    const listed =
      enterprises.get(enterprise.creditCode) ??
      enterprises
        .set(enterprise.creditCode, {
          enterpriseName: enterprise.name,
          creditCode: enterprise.creditCode,
          regionCode: enterprise.regionCode,
          regionName: regionName(enterprise.regionCode),
          equipment: 0,
          capacity: [],
        })
        .get(enterprise.creditCode)!;
    listed.equipment += 1;
    const unit = listed.capacity.find((c) => c.capacityUnit === capacity.unit);
    if (unit) unit.value = round(unit.value + capacity.value);
    else listed.capacity.push({ capacityUnit: capacity.unit, value: capacity.value });
    const total = totals.get(capacity.unit) ?? { equipment: 0, value: 0 };
    totals.set(capacity.unit, { equipment: total.equipment + 1, value: round(total.value + capacity.value) });
  }
  return {
    regionCode: params.regionCode,
    regionName: regionName(params.regionCode),
    year: params.year,
    title: `${regionName(params.regionCode) ?? params.regionCode}${params.year}年落后产能摸底排查结果`,
    asOf: new Date().toISOString(),
    enterprises: [...enterprises.values()],
    equipment: rows.map(({ finding }) => ({
      enterpriseName: finding.enterprise.name,
      creditCode: finding.enterprise.creditCode,
      regionCode: finding.enterprise.regionCode,
      industry: finding.industry,
      dimension: finding.dimension,
      equipment: finding.capacity.equipment,
      capacityValue: finding.capacity.value,
      capacityUnit: finding.capacity.unit,
      law: finding.legalBasis.law,
      standard: finding.legalBasis.standard ?? null,
    })),
    totals: [...totals.entries()]
      .map(([capacityUnit, total]) => ({ capacityUnit, ...total }))
      .sort((a, b) => a.capacityUnit.localeCompare(b.capacityUnit)),
  };
}
