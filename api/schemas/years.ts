/** The bureau's year as the API shows it: a jurisdiction's milestones for a year (domain/year.ts). */
import { z } from 'zod';
import { codesOf, describeCodes } from '../../domain/enums';
import { REGION_LEVELS } from '../../domain/region';
import { MILESTONE_KINDS, MILESTONE_RECIPIENTS } from '../../domain/year';
import { DeadlineSchema } from './cases';
import { LocalDateSchema } from '../../domain/finding';
import { regionNameField } from './common';
import { RegionCodeParamSchema } from './regions';

const enumOf = (labels: Record<string, string>) =>
  z.enum(codesOf(labels)).meta({ description: describeCodes(labels) });

/** The years the documents reach back to (宁夏 2017) and a generous future. */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2100;

export const CalendarParamsSchema = z.object({
  regionCode: RegionCodeParamSchema,
  year: z.coerce
    .number()
    .int('must be a whole year')
    .min(FIRST_YEAR, `must be ${FIRST_YEAR} or later`)
    .max(LAST_YEAR, `must be ${LAST_YEAR} or earlier`)
    .meta({ description: `the year the work is for, ${FIRST_YEAR}–${LAST_YEAR}`, example: 2024 }),
});

const SourceSchema = z.object({
  document: z.string().meta({ description: 'a PolicyDocument id (GET /v1/policies)' }),
  article: z.string(),
  quote: z.string().optional(),
  note: z.string().optional(),
});

const ScheduledMilestoneSchema = z.object({
  kind: enumOf(MILESTONE_KINDS),
  label: z.string().meta({ description: 'the milestone’s Chinese name' }),
  owedBy: enumOf(REGION_LEVELS),
  reportsTo: enumOf(MILESTONE_RECIPIENTS),
  reviewRegion: z.string().nullable().meta({
    description: 'the office that receives it and says whether it is done; null: outside the service',
  }),
  reviewRegionName: regionNameField('reviewRegion'),
  opensOn: LocalDateSchema.meta({ description: 'the day work on it starts' }),
  deadline: DeadlineSchema,
  remindOn: z.array(LocalDateSchema).meta({ description: 'the days reminders go out' }),
  source: SourceSchema,
});

export const YearCalendarSchema = z
  .object({
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    policyProfile: z.string(),
    policyProfileName: z.object({ zh: z.string(), en: z.string() }),
    policyVersion: z.string(),
    milestones: z.array(ScheduledMilestoneSchema).meta({ description: 'in order of their last day' }),
  })
  .meta({ id: 'YearCalendar' });
export type YearCalendar = z.infer<typeof YearCalendarSchema>;
