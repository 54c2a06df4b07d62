import type { FindingInput } from '../../domain/finding';
import { creditCodeCheckCharacter } from '../../domain/credit-code';

let counter = 0;

/** A valid credit code for a region, varied by `serial` (9 digits of organisation code). */
export function creditCode(regionCode = '320508', serial = counter): string {
  const first17 = `91${regionCode}${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A valid energy finding; each call gets its own document number unless one is given. */
export function aFinding(overrides: Partial<FindingInput> = {}): FindingInput {
  counter += 1;
  return {
    department: 'industry_it',
    documentNumber: `姑工信〔2024〕${counter}号-${process.pid}-${Date.now()}`,
    enterprise: { name: '某某钢铁有限公司', creditCode: creditCode('320508', counter), regionCode: '320508' },
    industry: 'steel',
    dimension: 'energy',
    capacity: { equipment: '1号450m³高炉', value: 60, unit: '万吨/年' },
    legalBasis: { law: '中华人民共和国节约能源法', standard: 'GB 21256-2013' },
    findingDate: '2024-03-15',
    ...overrides,
  };
}
