/** Findings the benchmark files: valid, each with its own document number and credit code. */
import { caseInputFor as caseInputOfFinding } from '../../domain/case-id';
import { creditCodeCheckCharacter } from '../../domain/credit-code';
import { FindingSchema, type FindingInput } from '../../domain/finding';
import { CURRENT_POLICY_VERSION } from '../../domain/policy';
import type { CaseInput } from '../../workflows/contract';

let serial = 0;
const RUN = Date.now().toString(36);

export interface FindingOptions {
  /** What the document number starts with (each figure its own, so its cases can be told apart). */
  series?: string;
  regionCode?: string;
  findingDate?: string;
}

/** An energy finding of the industry & IT department (the bench officer's own). */
export function nextFinding({
  series = '基准',
  regionCode = '320508',
  findingDate = '2026-11-01',
}: FindingOptions = {}): FindingInput {
  serial += 1;
  const first17 = `91${regionCode}${String(serial).padStart(9, '0')}`;
  return {
    department: 'industry_it',
    documentNumber: `${series}〔${RUN}〕${serial}号`,
    enterprise: {
      name: `基准测试企业${serial}`,
      creditCode: first17 + creditCodeCheckCharacter(first17),
      regionCode,
    },
    industry: 'steel',
    dimension: 'energy',
    capacity: { equipment: '1号高炉', value: 60, unit: '万吨/年' },
    legalBasis: { law: '中华人民共和国节约能源法' },
    findingDate,
  };
}

/** The workflow input the API builds for this finding (domain/case-id.ts, under today's policy). */
export function caseInputFor(input: FindingInput): CaseInput {
  return caseInputOfFinding(FindingSchema.parse(input), CURRENT_POLICY_VERSION);
}

/** The LIKE pattern matching a series' document numbers in this run. */
export const seriesPattern = (series: string) => `${series}〔${RUN}〕%`;
