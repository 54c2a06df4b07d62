import { caseIdFor, caseInputFor, normalizeDocumentNumber } from '../../domain/case-id';
import { FindingSchema } from '../../domain/finding';
import { aFinding } from '../kit/findings';

describe('a case’s identity', () => {
  // Computed by the node:crypto implementation this replaced: existing cases keep their ids.
  it.each([
    ['industry_it', '工信〔2024〕12号', 'RC-5WZ9CCVG144154WA'],
    ['environment_bureau', '环罚〔２０２４〕１２号 ', 'RC-SJ7XEMX8J3DJJ4T1'],
    ['market_regulation', 'A-1', 'RC-STMVVMN6DYCJXRW5'],
  ] as const)('gives %s %j the id %s', (department, documentNumber, id) => {
    expect(caseIdFor(department, documentNumber)).toBe(id);
  });

  it('builds the workflow input with the document number as the case keeps it', () => {
    const finding = FindingSchema.parse({ ...aFinding(), documentNumber: ' 工信〔２０２４〕１２号 ' });
    const input = caseInputFor(finding, { policyProfile: 'national', policyVersion: '2024.1' });
    expect(input.finding.documentNumber).toBe(normalizeDocumentNumber(finding.documentNumber));
    expect(input.finding.documentNumber).toBe('工信〔2024〕12号');
    expect(input.caseId).toBe(caseIdFor(finding.department, '工信〔2024〕12号'));
    expect(input.policyVersion).toBe('2024.1');
    expect({ ...input.finding, documentNumber: finding.documentNumber }).toEqual(finding);
  });
});
