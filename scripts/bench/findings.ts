/** What the benchmark files: the kit's findings, and the workflow input the API would build for one. */
import { caseInputFor as caseInputOfFinding } from '../../domain/case-id';
import { FindingSchema, type FindingInput } from '../../domain/finding';
import { currentPolicyKeyFor } from '../../domain/policy';
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

/** The workflow input the API builds for this finding (domain/case-id.ts, under today's policy). */
export function caseInputFor(input: FindingInput): CaseInput {
  const finding = FindingSchema.parse(input);
  return caseInputOfFinding(finding, currentPolicyKeyFor(finding.enterprise.regionCode));
}
