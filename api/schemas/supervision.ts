/** Supervision (督查) as the API shows it: each region under a jurisdiction against its year. */
import { z } from 'zod';
import { codesOf, describeCodes } from '../../domain/enums';
import { LAGGING_REASONS } from '../../domain/supervision';
import { LocalDateSchema } from '../../domain/finding';
import { regionNameField } from './common';
import { CalendarParamsSchema } from './years';

const Capacity = z.array(z.object({ capacityUnit: z.string(), value: z.number() }));
const Target = z.object({ enterprises: z.number().int(), equipment: z.number().int(), capacity: Capacity });

export const SupervisionParamsSchema = CalendarParamsSchema;

const RegionProgressSchema = z.object({
  regionCode: z.string(),
  regionName: regionNameField(),
  casesOpen: z.number().int(),
  casesOverdue: z.number().int().meta({ description: 'open cases whose current deadline has lapsed' }),
  acceptancesPending: z.number().int().meta({ description: 'cases awaiting acceptance (待验收)' }),
  exits: z
    .object({ equipment: z.number().int(), enterprises: z.number().int(), capacity: Capacity })
    .meta({ description: 'exits this year so far, counted as the exit statistics count them' }),
  yearId: z.string().nullable().meta({ description: 'the region’s year; null when none is opened' }),
  milestonesPending: z.number().int().nullable(),
  milestonesOverdue: z.number().int().nullable(),
  planVersion: z.number().int().nullable().meta({ description: 'the work plan version in force' }),
  exitTarget: Target.nullable().meta({ description: 'the exit lines of the plan in force, added up' }),
  exitGap: Target.nullable().meta({ description: 'what is still to exit to meet the target' }),
  lagging: z
    .array(z.enum(codesOf(LAGGING_REASONS)).meta({ description: describeCodes(LAGGING_REASONS) }))
    .meta({ description: 'why the region lags; empty: it does not' }),
});

export const SupervisionSchema = z
  .object({
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    asOf: z.string().meta({ format: 'date-time' }),
    supervisionOpensOn: LocalDateSchema.nullable().meta({
      description:
        'the day the profile opens supervision (督查) for this jurisdiction; null if it dates none',
    }),
    regions: z.array(RegionProgressSchema).meta({ description: 'each region directly under it, by code' }),
  })
  .meta({ id: 'Supervision' });
export type Supervision = z.infer<typeof SupervisionSchema>;
