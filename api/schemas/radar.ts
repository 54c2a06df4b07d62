/** The deadline radar (临期雷达): its query and its counts. */
import { z } from 'zod';
import { DIMENSIONS, codesOf, describeCodes } from '../../domain/enums';
import { KnownRegionCodeSchema } from '../../domain/finding';
import { RADAR_BUCKETS } from '../../domain/radar';
import { regionNameField } from './common';

export const RadarQuerySchema = z.object({
  region: KnownRegionCodeSchema.optional().meta({
    description:
      'only cases inside this region (GB/T 2260), inside the caller’s; the caller’s own unless given',
  }),
  dimension: z
    .enum(codesOf(DIMENSIONS))
    .optional()
    .meta({ description: `only this dimension: ${describeCodes(DIMENSIONS)}` }),
});
// No `.meta({ id })`: @fastify/swagger expands a querystring into parameters only from an inline schema.

/** The radar's filter, and a bucket: the cases the radar page lists, exported as a workbook. */
export const RadarExportQuerySchema = z.strictObject({
  region: KnownRegionCodeSchema.optional().meta({
    description:
      'only cases inside this region (GB/T 2260), inside the caller’s; the caller’s own unless given',
  }),
  dimension: z
    .enum(codesOf(DIMENSIONS))
    .optional()
    .meta({ description: `only this dimension: ${describeCodes(DIMENSIONS)}` }),
  bucket: z
    .enum(codesOf(RADAR_BUCKETS))
    .optional()
    .meta({
      description: `only this days-left bucket (all open cases unless given): ${describeCodes(RADAR_BUCKETS)}`,
    }),
});

const BucketSchema = z.enum(codesOf(RADAR_BUCKETS)).meta({
  description:
    `${describeCodes(RADAR_BUCKETS)}. Days left are China Standard Time calendar days from today to the ` +
    'deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 ' +
    'for 8–30, later beyond; no_deadline for an open case waiting on no deadline',
});

const RadarRowSchema = z
  .object({
    regionCode: z.string().meta({ description: 'the case’s region (the enterprise’s, as filed)' }),
    regionName: regionNameField(),
    dimension: z.enum(codesOf(DIMENSIONS)).meta({ description: describeCodes(DIMENSIONS) }),
    bucket: BucketSchema,
    cases: z.number().int().min(1),
  })
  .meta({ id: 'RadarRow' });

export const RadarSchema = z
  .object({
    regionCode: z.string().meta({ description: 'the region asked for (or the caller’s)' }),
    regionName: regionNameField(),
    dimension: z
      .enum(codesOf(DIMENSIONS))
      .nullable()
      .meta({ description: 'the dimension asked for; null: all the caller sees' }),
    asOf: z.string().meta({ format: 'date-time', description: 'the instant the days left are counted from' }),
    buckets: z
      .array(z.object({ bucket: BucketSchema, label: z.string().meta({ description: '中文 label' }) }))
      .meta({ description: 'every bucket in order, with its Chinese label' }),
    rows: z.array(RadarRowSchema).meta({
      description: 'open cases by region × dimension × bucket; combinations with no case are left out',
    }),
    totals: z
      .array(z.object({ bucket: BucketSchema, cases: z.number().int().min(0) }))
      .meta({ description: 'every bucket (zero included) over all rows, in the buckets’ order' }),
    total: z.number().int().min(0).meta({ description: 'all open cases counted' }),
  })
  .meta({ id: 'Radar' });

export type RadarQuery = z.output<typeof RadarQuerySchema>;
export type RadarExportQuery = z.output<typeof RadarExportQuerySchema>;
export type Radar = z.output<typeof RadarSchema>;
