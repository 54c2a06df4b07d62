/** What the benchmark files: the kit's findings, and the workflow input the API would build for one. */
import { caseIdFor, normalizeDocumentNumber } from '../../api/case-id';
import { FindingSchema, type Finding, type FindingInput } from '../../domain/finding';
import { CURRENT_POLICY_VERSION } from '../../domain/policy';
import { aFinding } from '../../tests/kit/findings';
import type { CaseInput } from '../../workflows/contract';

/**
 * A finding of the benchmark's `series` (each figure its own, so that its cases can be told apart), filed
 * by the bench officer's department, of an enterprise of its own; dated 1 November 2026 unless given.
 */
export function benchFinding(
  series: string,
  { regionCode, findingDate = '2026-11-01' }: { regionCode?: string; findingDate?: string } = {},
): FindingInput {
  return aFinding({ findingDate }, { series, regionCode, enterpriseName: '基准测试企业' });
}

/** The workflow input the API would build for this finding (same normalisation, id and policy). */
export function caseInputFor(input: FindingInput): CaseInput {
  const finding: Finding = FindingSchema.parse({
    ...input,
    documentNumber: normalizeDocumentNumber(input.documentNumber),
  });
  const caseId = caseIdFor(finding.department, finding.documentNumber);
  return { caseId, finding, policyVersion: CURRENT_POLICY_VERSION };
}
