import { applyListMoves, listMoves, type ListMembership, type ListMoment } from '../../domain/lists';

const environment = { emissionLists: true };
const energy = { emissionLists: false };

describe('when a case enters and leaves the published lists', () => {
  it.each<[string, ListMoment, { emissionLists: boolean }, string[], string[]]>([
    [
      'a case filed with a period is a yellow card',
      { moment: 'filed', rectificationPeriod: true },
      energy,
      [],
      ['yellow'],
    ],
    [
      'eliminated technology, exiting at once, is no yellow card',
      { moment: 'filed', rectificationPeriod: false },
      energy,
      [],
      [],
    ],
    [
      'an environment case is on the exceeding list from filing',
      { moment: 'filed', rectificationPeriod: true },
      environment,
      [],
      ['yellow', 'emission_exceeding'],
    ],
    [
      'an escalated environment case is serious',
      { moment: 'escalated' },
      environment,
      [],
      ['emission_serious'],
    ],
    ['an escalated energy case enters no emission list', { moment: 'escalated' }, energy, [], []],
    [
      'a new deadline takes it off the serious list',
      { moment: 'new_deadline' },
      environment,
      ['emission_serious'],
      [],
    ],
    [
      'exiting after a failed period is a red card',
      { moment: 'closed', outcome: 'exited', hadRectificationPeriod: true },
      energy,
      ['yellow', 'emission_exceeding', 'emission_serious'],
      ['red'],
    ],
    [
      'exiting at once is no red card',
      { moment: 'closed', outcome: 'exited', hadRectificationPeriod: false },
      energy,
      ['yellow', 'emission_exceeding', 'emission_serious'],
      [],
    ],
    [
      'a rectified case leaves every list',
      { moment: 'closed', outcome: 'rectified', hadRectificationPeriod: true },
      environment,
      ['yellow', 'emission_exceeding', 'emission_serious'],
      [],
    ],
  ])('%s', (_rule, moment, dimension, leave, enter) => {
    expect(listMoves(moment, dimension)).toEqual({ leave, enter });
  });

  it('keeps the dates of a membership it ends, and never enters a list twice', () => {
    const memberships: ListMembership[] = [
      { list: 'yellow', enteredAt: '2026-01-05T02:00:00.000Z', leftAt: null },
    ];
    applyListMoves(memberships, { leave: [], enter: ['yellow'] }, '2026-02-01T00:00:00.000Z');
    expect(memberships).toHaveLength(1);
    applyListMoves(memberships, { leave: ['yellow'], enter: ['red'] }, '2026-07-01T00:00:00.000Z');
    expect(memberships).toEqual([
      { list: 'yellow', enteredAt: '2026-01-05T02:00:00.000Z', leftAt: '2026-07-01T00:00:00.000Z' },
      { list: 'red', enteredAt: '2026-07-01T00:00:00.000Z', leftAt: null },
    ]);
  });
});
