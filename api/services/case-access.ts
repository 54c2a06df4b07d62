import { findCase } from '../../db/cases';
import type { Database } from '../../db/client';
import type { CaseRow } from '../../db/schema';
import { canSeeCase, type Viewer } from '../../domain/authority';
import type { Dimension } from '../../domain/enums';
import { ProblemError } from '../problem';

/**
 * The case if the caller may see it. Another jurisdiction's case (or, for a department, another
 * dimension's) answers exactly as a missing one does, so case ids cannot be probed.
 */
export async function visibleCase(db: Database, viewer: Viewer, id: string): Promise<CaseRow> {
  const row = await findCase(db, id);
  if (
    !row ||
    !canSeeCase(viewer, {
      regionCode: row.regionCode,
      dimension: row.dimension as Dimension,
      policyProfile: row.policyProfile,
      policyVersion: row.policyVersion,
    })
  )
    throw new ProblemError('notFound', 404, `no case ${id}`);
  return row;
}
