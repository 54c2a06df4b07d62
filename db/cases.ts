import { and, eq, sql } from 'drizzle-orm';
import type { Finding } from '../domain/finding';
import { NATIONAL } from '../domain/policy';
import { caseWorkflowId } from '../workflows/contract';
import type { Database } from './client';
import { cases, type CaseRow } from './schema';

type NewCaseRow = typeof cases.$inferInsert;

/** A statement built once per database handle; PostgreSQL parses a named one once per connection. */
function preparedPerDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const statements = new WeakMap<Database, T>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) statements.set(db, (statement = build(db)));
    return statement;
  };
}

// Every case read and every decision looks its case up first.
const caseById = preparedPerDatabase((db) =>
  db
    .select()
    .from(cases)
    .where(eq(cases.id, sql.placeholder('id')))
    .limit(1)
    .prepare('find_case'),
);

export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await caseById(db).execute({ id });
  return row;
}

interface NewCase {
  caseId: string;
  finding: Finding;
  policyProfile?: string | undefined;
  policyVersion: string;
}

/** A case row's identifying columns, copied out of its finding for indexing and search. */
export function caseRowFor({ caseId, finding, policyProfile, policyVersion }: NewCase) {
  return {
    id: caseId,
    workflowId: caseWorkflowId(caseId),
    department: finding.department,
    documentNumber: finding.documentNumber,
    enterpriseName: finding.enterprise.name,
    creditCode: finding.enterprise.creditCode,
    regionCode: finding.enterprise.regionCode,
    industry: finding.industry,
    dimension: finding.dimension,
    capacityValue: String(finding.capacity.value),
    capacityUnit: finding.capacity.unit,
    findingDate: finding.findingDate,
    policyProfile: policyProfile ?? NATIONAL,
    policyVersion,
    finding,
  } satisfies Partial<NewCaseRow>;
}

type FiledCaseValues = ReturnType<typeof caseRowFor>;
const FILED_CASE_COLUMNS = [
  'id',
  'workflowId',
  'department',
  'documentNumber',
  'enterpriseName',
  'creditCode',
  'regionCode',
  'industry',
  'dimension',
  'capacityValue',
  'capacityUnit',
  'findingDate',
  'policyProfile',
  'policyVersion',
  'finding',
] as const satisfies ReadonlyArray<keyof FiledCaseValues>;
// Fails to compile when caseRowFor gains a column the statement would leave out.
const everyFiledCaseColumn: Exclude<keyof FiledCaseValues, (typeof FILED_CASE_COLUMNS)[number]> extends never
  ? true
  : never = true;
void everyFiledCaseColumn;

// Filing is the hottest write: a prepared statement spares the query builder and PostgreSQL's parser.
const filedCaseInsert = preparedPerDatabase((db) => {
  const placeholders = Object.fromEntries(
    FILED_CASE_COLUMNS.map((column) => [column, sql.placeholder(column)]),
  );
  return db
    .insert(cases)
    .values({ ...(placeholders as unknown as FiledCaseValues), status: 'filed', stateVersion: 0 })
    .onConflictDoNothing()
    .returning()
    .prepare('insert_filed_case');
});

/**
 * Inserts the row a newly filed case shows until its workflow records its first event. Returns the
 * row this call inserted, or undefined when the case was already there.
 */
export async function insertFiledCase(db: Database, newCase: NewCase): Promise<CaseRow | undefined> {
  const [inserted] = await filedCaseInsert(db).execute(caseRowFor(newCase));
  return inserted;
}

/** Takes back a filed row whose workflow could not be started (no event has been recorded for it). */
export async function deleteUnstartedCase(db: Database, id: string): Promise<void> {
  await db.delete(cases).where(and(eq(cases.id, id), eq(cases.stateVersion, 0)));
}
