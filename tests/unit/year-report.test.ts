/** The report tables' rules (domain/year-report.ts): which line a fact goes to, and how it adds up. */
import { reportRegionOf, reportTableOf, type ReportFact } from '../../domain/year-report';

const fact = (overrides: Partial<ReportFact> & Pick<ReportFact, 'column'>): ReportFact =>
  ({
    kind: 'case',
    creditCode: 'A',
    regionCode: '610922',
    industry: 'steel',
    dimension: 'energy',
    capacityUnit: '万吨/年',
    capacity: 10,
    ...overrides,
  }) as ReportFact;

it.each([
  ['610922', '610922', '610922'],
  ['610922', '610900', '610922'],
  ['610900', '610900', '610900'],
  ['610922', '610000', '610900'],
  ['610000', '610000', '610000'],
])('reports %s under %s as %s', (region, jurisdiction, line) => {
  expect(reportRegionOf(region, jurisdiction)).toBe(line);
});

it('counts an enterprise once per line and column, its equipment each, and never adds units together', () => {
  const table = reportTableOf('610900', [
    fact({ column: 'exited', creditCode: 'A', capacity: 10.25 }),
    fact({ column: 'exited', creditCode: 'A', capacity: 5.5 }),
    fact({ column: 'exited', creditCode: 'B', regionCode: '610923', capacity: 1 }),
    fact({ column: 'found', creditCode: 'A', capacityUnit: '万千伏安', capacity: 3 }),
    {
      kind: 'target',
      column: 'planned_exit',
      regionCode: '610922',
      industry: 'steel',
      dimension: 'energy',
      capacityUnit: '万吨/年',
      capacity: 60,
      enterprises: 2,
      equipment: 3,
    },
  ]);
  expect(
    table.lines.map((l) => [l.regionCode, l.capacityUnit, l.figures.exited, l.figures.planned_exit]),
  ).toEqual([
    [
      '610922',
      '万千伏安',
      { enterprises: 0, equipment: 0, capacity: 0 },
      { enterprises: 0, equipment: 0, capacity: 0 },
    ],
    [
      '610922',
      '万吨/年',
      { enterprises: 1, equipment: 2, capacity: 15.75 },
      { enterprises: 2, equipment: 3, capacity: 60 },
    ],
    [
      '610923',
      '万吨/年',
      { enterprises: 1, equipment: 1, capacity: 1 },
      { enterprises: 0, equipment: 0, capacity: 0 },
    ],
  ]);
  expect(table.totals.map((t) => [t.capacityUnit, t.figures.exited, t.figures.found])).toEqual([
    [
      '万千伏安',
      { enterprises: 0, equipment: 0, capacity: 0 },
      { enterprises: 1, equipment: 1, capacity: 3 },
    ],
    [
      '万吨/年',
      { enterprises: 2, equipment: 3, capacity: 16.75 },
      { enterprises: 0, equipment: 0, capacity: 0 },
    ],
  ]);
});
