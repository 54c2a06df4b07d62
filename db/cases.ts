import { and, eq } from 'drizzle-orm';
import type { Finding } from '../domain/finding';
import { caseWorkflowId } from '../workflows/contract';
import type { Database } from './client';
import { cases, type CaseRow } from './schema';

type NewCaseRow = typeof cases.$inferInsert;

export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  return row;
}

interface NewCase {
  caseId: string;
  finding: Finding;
  policyVersion: string;
}

/** A case row's identifying columns, copied out of its finding for indexing and search. */
export function caseRowFor({ caseId, finding, policyVersion }: NewCase) {
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
    policyVersion,
    finding,
  } satisfies Partial<NewCaseRow>;
}

/**
 * The row a newly filed case shows until its workflow records its first event. Returns whether
 * this call inserted it (false: the case was already there).
 */
export async function insertFiledCase(db: Database, newCase: NewCase): Promise<boolean> {
  const inserted = await db
    .insert(cases)
    .values({ ...caseRowFor(newCase), status: 'filed', stateVersion: 0 })
    .onConflictDoNothing()
    .returning({ id: cases.id });
  return inserted.length > 0;
}

/** Takes back a filed row whose workflow could not be started (no event has been recorded for it). */
export async function deleteUnstartedCase(db: Database, id: string): Promise<void> {
  await db.delete(cases).where(and(eq(cases.id, id), eq(cases.stateVersion, 0)));
}
