/**
 * The bureau's year as each document dates it (domain/year.ts): which milestones a jurisdiction owes, by
 * when after the rest-day rule, and to whom — read from the documents in shared/seeds, one table per
 * locality, so a date that drifts from its document fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { POLICY_DOCUMENTS, POLICY_PROFILES, currentPolicyKeyFor, policyOf } from '../../domain/policy';
import { milestoneDay, regionAbove, scheduleYear } from '../../domain/year';

const schedule = (regionCode: string, year: number) =>
  scheduleYear(regionCode, year, currentPolicyKeyFor(regionCode)).map((milestone) => ({
    kind: milestone.kind,
    due: milestone.deadline.nominalLastDay,
    lastDay: milestone.deadline.lastDay,
    to: milestone.reviewRegion,
  }));

describe('each locality’s year, as its document dates it', () => {
  it('安康市 (004): a county’s plan, census and mid-year table by 19 July, its summary by 30 December', () => {
    expect(schedule('610902', 2024)).toEqual([
      { kind: 'work_plan', due: '2024-07-19', lastDay: '2024-07-19', to: '610900' },
      { kind: 'census', due: '2024-07-19', lastDay: '2024-07-19', to: '610900' },
      { kind: 'midyear_statistics', due: '2024-07-19', lastDay: '2024-07-19', to: '610900' },
      { kind: 'summary', due: '2024-12-30', lastDay: '2024-12-30', to: '610900' },
    ]);
  });

  it('安康市: a development zone (高新区) owes what a county owes, to the city', () => {
    expect(schedule('610971', 2024).map(({ kind, to }) => [kind, to])).toEqual([
      ['work_plan', '610900'],
      ['census', '610900'],
      ['midyear_statistics', '610900'],
      ['summary', '610900'],
    ]);
  });

  it('安康市: the city’s departments feed its own office; the city reports to the province by the end of January, after the Spring Festival', () => {
    expect(schedule('610900', 2024)).toEqual([
      { kind: 'midyear_statistics', due: '2024-07-19', lastDay: '2024-07-19', to: '610900' },
      { kind: 'yearend_statistics', due: '2024-12-31', lastDay: '2024-12-31', to: '610900' },
      // 31 January 2025 falls in the Spring Festival (28 January – 4 February): the next working day.
      { kind: 'aggregate_report', due: '2025-01-31', lastDay: '2025-02-05', to: '610000' },
    ]);
  });

  it('云南 safety (003): plan, census and enforcement by the end of April, June and September', () => {
    expect(schedule('530100', 2019)).toEqual([
      { kind: 'work_plan', due: '2019-04-30', lastDay: '2019-04-30', to: '530000' },
      // 30 June 2019 is a Sunday.
      { kind: 'census', due: '2019-06-30', lastDay: '2019-07-01', to: '530000' },
      { kind: 'enforcement', due: '2019-09-30', lastDay: '2019-09-30', to: '530000' },
      { kind: 'summary', due: '2019-12-31', lastDay: '2019-12-31', to: '530000' },
    ]);
  });

  it('云南 safety: the province accepts by mid-December and supervises from October', () => {
    const year = scheduleYear('530000', 2019, currentPolicyKeyFor('530000'));
    expect(year.map((m) => [m.kind, m.deadline.lastDay, m.opensOn])).toEqual([
      ['acceptance', '2019-12-20', '2019-01-01'],
      ['supervision', '2019-12-31', '2019-10-01'],
    ]);
  });

  it('迪庆州 (000): counties by 15 May and 10 January; the prefecture reports and announces by the end of January', () => {
    expect(schedule('533422', 2019)).toEqual([
      { kind: 'work_plan', due: '2019-05-15', lastDay: '2019-05-15', to: '533400' },
      { kind: 'census', due: '2019-05-15', lastDay: '2019-05-15', to: '533400' },
      { kind: 'supervision', due: '2019-12-31', lastDay: '2019-12-31', to: '533400' },
      { kind: 'acceptance', due: '2019-12-31', lastDay: '2019-12-31', to: '533400' },
      { kind: 'summary', due: '2020-01-10', lastDay: '2020-01-10', to: '533400' },
    ]);
    // The 2020 Spring Festival, extended to 2 February (国办发明电〔2020〕1号).
    expect(schedule('533400', 2019)).toEqual([
      { kind: 'aggregate_report', due: '2020-01-31', lastDay: '2020-02-03', to: '530000' },
      { kind: 'announcement', due: '2020-01-31', lastDay: '2020-02-03', to: null },
    ]);
  });

  it('河源市 (002): a county’s summary by 21 December; the city reports by the end of December', () => {
    expect(schedule('441602', 2020)).toEqual([
      { kind: 'summary', due: '2020-12-21', lastDay: '2020-12-21', to: '441600' },
    ]);
    expect(schedule('441600', 2020).map(({ kind, due, to }) => [kind, due, to])).toEqual([
      ['work_plan', '2020-04-30', '440000'],
      ['midyear_statistics', '2020-06-30', '441600'],
      ['yearend_statistics', '2020-12-31', '441600'],
      ['aggregate_report', '2020-12-31', '440000'],
    ]);
  });

  it('宁夏 (001): the region plans by the end of April and reports to the ministry, outside the service', () => {
    expect(schedule('640000', 2017).map(({ kind, due, to }) => [kind, due, to])).toEqual([
      ['work_plan', '2017-04-30', '640000'],
      ['aggregate_report', '2018-01-31', null],
    ]);
    expect(schedule('640100', 2017).map(({ kind, due, to }) => [kind, due, to])).toEqual([
      ['yearend_statistics', '2017-12-31', '640000'],
    ]);
  });

  it('elsewhere, the national default', () => {
    expect(schedule('320508', 2025).map(({ kind, lastDay }) => [kind, lastDay])).toEqual([
      ['work_plan', '2025-04-30'],
      ['census', '2025-06-30'],
      ['acceptance', '2025-12-31'],
      ['summary', '2025-12-31'],
    ]);
  });

  it('a year under national 2024.1, from before the bureau’s year, has no milestones', () => {
    expect(scheduleYear('320508', 2025, { policyProfile: 'national', policyVersion: '2024.1' })).toEqual([]);
  });
});

describe('every profile’s year', () => {
  const seeds = path.join(__dirname, '../../../shared/seeds');
  const seedText = (file: string) => readFileSync(path.join(seeds, file), 'utf8').replace(/\s+/g, '');
  const available = (() => {
    try {
      return new Set(readdirSync(seeds));
    } catch {
      return new Set<string>();
    }
  })();

  for (const profile of POLICY_PROFILES) {
    const version = profile.versions.at(-1)!;
    const policy = policyOf({ policyProfile: profile.id, policyVersion: version.version });

    it(`${profile.id}: one milestone of each kind per level, each quoted from its own document`, () => {
      const seen = new Set<string>();
      for (const rule of policy.rules.yearMilestones) {
        const key = `${rule.owedBy}/${rule.kind}`;
        expect(seen.has(key) ? key : null).toBeNull();
        seen.add(key);
        const document = POLICY_DOCUMENTS[rule.source.document as keyof typeof POLICY_DOCUMENTS];
        expect(document).toBeDefined();
        if (document.seed && available.has(document.seed)) {
          // Every piece of a quote ("……" marks a cut) is in the document's text.
          const text = seedText(document.seed);
          const missing = (rule.source.quote ?? '')
            .split('……')
            .map((piece) => piece.replace(/\s+/g, ''))
            .filter((piece) => piece && !text.includes(piece));
          expect({ milestone: key, missing }).toEqual({ milestone: key, missing: [] });
        }
      }
    });
  }

  it('reminds seven days before the last day, never before the milestone opens', () => {
    const supervision = scheduleYear('530000', 2019, currentPolicyKeyFor('530000')).find(
      (m) => m.kind === 'supervision',
    )!;
    expect(supervision.remindOn).toEqual(['2019-12-24']);
    const plan = scheduleYear('610902', 2024, currentPolicyKeyFor('610902'))[0]!;
    expect(plan.remindOn).toEqual(['2024-07-12']);
  });
});

describe('dates and levels', () => {
  it.each([
    [{ month: 5, day: 15 }, 2019, '2019-05-15'],
    [{ month: 12, day: 'mid' as const }, 2019, '2019-12-20'],
    [{ month: 2, day: 'end' as const }, 2024, '2024-02-29'],
    [{ month: 1, day: 'end' as const, nextYear: true as const }, 2019, '2020-01-31'],
  ])('%j of %i is %s', (date, year, expected) => {
    expect(milestoneDay(date, year)).toBe(expected);
  });

  it.each([
    ['610902', '610900'],
    ['610971', '610900'],
    ['610900', '610000'],
    ['610000', null],
  ])('%s reports to %s', (region, above) => {
    expect(regionAbove(region)).toBe(above);
  });
});
