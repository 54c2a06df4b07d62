/**
 * The bureau's year (年度工作): the dated milestones a jurisdiction owes in a year under its policy
 * profile (domain/policy-profiles, `rules.yearMilestones`), each with its deadline counted by the same
 * rules as a case's (the rest-day rule of 民法典 第二百零三条, 24:00 CST) and whom it goes to.
 */
import { addDays, dateDeadline, daysInMonth, type Deadline, type LocalDate } from './calendar';
import {
  MILESTONE_KINDS,
  MILESTONE_RECIPIENTS,
  policyOf,
  type MilestoneDate,
  type MilestoneKind,
  type MilestoneRecipient,
  type PolicyKey,
  type PolicySource,
} from './policy';
import { regionLevel, type RegionLevel } from './region';

export { MILESTONE_KINDS, MILESTONE_RECIPIENTS, type MilestoneKind, type MilestoneRecipient };

/** The region whose office a jurisdiction reports to: county → city, city → province, province → none. */
export function regionAbove(regionCode: string): string | null {
  const level = regionLevel(regionCode);
  if (level === 'county') return `${regionCode.slice(0, 4)}00`;
  if (level === 'city') return `${regionCode.slice(0, 2)}0000`;
  return null;
}

/** The calendar day a document's date names in the year the work is for. */
export function milestoneDay(date: MilestoneDate, year: number): LocalDate {
  const inYear = date.nextYear ? year + 1 : year;
  const day = date.day === 'end' ? daysInMonth(inYear, date.month) : date.day === 'mid' ? 20 : date.day;
  return `${inYear}-${String(date.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One milestone of one jurisdiction's year, with its dates counted. */
export interface ScheduledMilestone {
  kind: MilestoneKind;
  owedBy: RegionLevel;
  reportsTo: MilestoneRecipient;
  /** The office that receives it and says whether it is done; null when it goes outside the service. */
  reviewRegion: string | null;
  /** The day work on it starts. */
  opensOn: LocalDate;
  deadline: Deadline;
  /** The days reminders go out, before the last day (none before the milestone opens). */
  remindOn: LocalDate[];
  source: PolicySource;
}

/**
 * The milestones a jurisdiction owes for `year` under a policy: those its level owes, in order of their
 * last day. A jurisdiction above the top of the service (province reporting to a ministry) reports outside.
 */
export function scheduleYear(regionCode: string, year: number, key: PolicyKey): ScheduledMilestone[] {
  const policy = policyOf(key);
  const level = regionLevel(regionCode);
  const yearStart: LocalDate = `${year}-01-01`;
  return policy.rules.yearMilestones
    .filter((rule) => rule.owedBy === level)
    .map((rule) => {
      const opensOn = rule.opens ? milestoneDay(rule.opens, year) : yearStart;
      const deadline = dateDeadline(opensOn, milestoneDay(rule.due, year));
      const reviewRegion =
        rule.reportsTo === 'level_above'
          ? regionAbove(regionCode)
          : rule.reportsTo === 'own_office'
            ? regionCode
            : null;
      return {
        kind: rule.kind,
        owedBy: rule.owedBy,
        reportsTo: reviewRegion === null ? 'outside' : rule.reportsTo,
        reviewRegion,
        opensOn,
        deadline,
        remindOn: policy.timings.milestoneReminderDays
          .map((days) => addDays(deadline.lastDay, -days))
          .filter((day) => day > opensOn)
          .sort(),
        source: rule.source,
      };
    })
    .sort((a, b) =>
      a.deadline.lastDay < b.deadline.lastDay ? -1 : a.deadline.lastDay > b.deadline.lastDay ? 1 : 0,
    );
}
