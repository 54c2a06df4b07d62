/**
 * The one finding factory for tests, the benchmark and the drills: valid findings, each with a document
 * number and a credit code of its own.
 */
import { creditCodeCheckCharacter } from '../../domain/credit-code';
import type { FindingInput } from '../../domain/finding';

/**
 * This process at this moment: part of every document number, so that two runs (or two Jest workers)
 * sharing a Temporal server never derive the same case id.
 */
export const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`;

let serial = 0;

/** A valid credit code for a region, varied by `organisation` (the 9-digit organisation code). */
export function creditCode(regionCode = '320508', organisation = serial): string {
  const first17 = `91${regionCode}${String(organisation).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export interface FindingOptions {
  /** What the document number starts with: a benchmark figure or a drill names its own, to tell its cases apart. */
  series?: string;
  /** The enterprise's county (its credit code follows). */
  regionCode?: string;
  /** Names each finding's enterprise `<enterpriseName><n>`, one of its own (by default all are 某某钢铁有限公司). */
  enterpriseName?: string;
}

/**
 * An energy finding of the industry & IT department against a steel works in Gusu (320508); each call
 * gets its own document number, `<series>〔<run>〕<n>号`, and credit code unless `overrides` give them.
 */
export function aFinding(
  overrides: Partial<FindingInput> = {},
  { series = '姑工信', regionCode = '320508', enterpriseName }: FindingOptions = {},
): FindingInput {
  serial += 1;
  return {
    department: 'industry_it',
    documentNumber: `${series}〔${RUN}〕${serial}号`,
    enterprise: {
      name: enterpriseName ? `${enterpriseName}${serial}` : '某某钢铁有限公司',
      creditCode: creditCode(regionCode, serial),
      regionCode,
    },
    industry: 'steel',
    dimension: 'energy',
    capacity: { equipment: '1号450m³高炉', value: 60, unit: '万吨/年' },
    legalBasis: { law: '中华人民共和国节约能源法', standard: 'GB 21256-2013' },
    findingDate: '2024-03-15',
    ...overrides,
  };
}

/** The SQL LIKE pattern matching the document numbers of one series in this run. */
export const seriesPattern = (series: string) => `${series}〔${RUN}〕%`;
