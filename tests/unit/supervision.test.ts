/** The supervision rules (domain/supervision.ts): exit targets, the gap to them, and why a region lags. */
import { exitGap, exitTargetOf, laggingReasons } from '../../domain/supervision';
import type { PlanTarget } from '../../domain/work-plan';

const line = (overrides: Partial<PlanTarget>): PlanTarget => ({
  measure: 'exit',
  dimension: 'energy',
  industry: 'cement',
  enterprises: 1,
  equipment: 1,
  capacity: 10,
  unit: '万吨/年',
  ...overrides,
});

it('adds up the exit lines only, capacity per unit', () => {
  expect(
    exitTargetOf([
      line({}),
      line({ industry: 'steel', enterprises: 2, equipment: 3, capacity: 50 }),
      line({ industry: 'flat_glass', capacity: 300, unit: '万重量箱/年' }),
      line({ measure: 'rectify', enterprises: 9, equipment: 9, capacity: 900 }),
    ]),
  ).toEqual({
    enterprises: 4,
    equipment: 5,
    capacity: [
      { capacityUnit: '万吨/年', value: 60 },
      { capacityUnit: '万重量箱/年', value: 300 },
    ],
  });
});

it('never lets capacity of one unit make up for another, nor goes below zero', () => {
  const target = exitTargetOf([
    line({ capacity: 60 }),
    line({ industry: 'flat_glass', capacity: 300, unit: '万重量箱/年' }),
  ]);
  expect(
    exitGap(target, { enterprises: 5, equipment: 5, capacity: [{ capacityUnit: '万吨/年', value: 400 }] }),
  ).toEqual({
    enterprises: 0,
    equipment: 0,
    capacity: [
      { capacityUnit: '万吨/年', value: 0 },
      { capacityUnit: '万重量箱/年', value: 300 },
    ],
  });
});

it.each([
  [{ casesOverdue: 0, exitGap: null, milestonesOverdue: 0 }, []],
  [{ casesOverdue: 2, exitGap: null, milestonesOverdue: 0 }, ['cases_overdue']],
  [
    {
      casesOverdue: 0,
      exitGap: { enterprises: 0, equipment: 0, capacity: [{ capacityUnit: 't', value: 1 }] },
      milestonesOverdue: 1,
    },
    ['exits_behind_target', 'milestones_overdue'],
  ],
  [{ casesOverdue: 0, exitGap: { enterprises: 0, equipment: 0, capacity: [] }, milestonesOverdue: 0 }, []],
])('lags for %j: %j', (progress, reasons) => {
  expect(laggingReasons(progress)).toEqual(reasons);
});
