/** Who the bearer token is: roles, jurisdiction, department and the capabilities they hold. */
import { z } from 'zod';
import { CAPABILITIES, type Capability } from '../../domain/authority';
import { DEPARTMENTS, ROLES, codesOf, describeCodes } from '../../domain/enums';
import { REGION_CODE_PATTERN, REGION_LEVELS } from '../../domain/region';

const CAPABILITY_LABELS = Object.fromEntries(
  Object.entries(CAPABILITIES).map(([code, { label }]) => [code, label]),
) as Record<Capability, string>;

const RoleSchema = z
  .object({
    code: z.enum(codesOf(ROLES)).meta({ description: describeCodes(ROLES) }),
    label: z.string().meta({ description: 'the role’s Chinese name' }),
  })
  .meta({ id: 'RoleLabel' });

const DepartmentSchema = z
  .object({
    code: z.enum(codesOf(DEPARTMENTS)).meta({ description: describeCodes(DEPARTMENTS) }),
    label: z.string().meta({ description: 'the department’s Chinese name' }),
  })
  .meta({ id: 'DepartmentLabel' });

const CapabilitySchema = z
  .object({
    code: z.enum(codesOf(CAPABILITY_LABELS)).meta({ description: describeCodes(CAPABILITY_LABELS) }),
    label: z.string().meta({ description: 'what the capability allows, in Chinese' }),
  })
  .meta({ id: 'CapabilityLabel' });

export const MeSchema = z
  .object({
    userId: z.string(),
    roles: z.array(RoleSchema).min(1).meta({ description: 'the token’s roles, in its order' }),
    regionCode: z.string().meta({ pattern: REGION_CODE_PATTERN.source, description: 'GB/T 2260 code' }),
    regionName: z
      .string()
      .nullable()
      .meta({
        description:
          'the region’s Chinese name (e.g. 姑苏区) from the name table (docs/api.md#region-names); ' +
          'null for a code the table does not name. GET /v1/regions/{code} gives its path and children',
      }),
    regionLevel: z.enum(codesOf(REGION_LEVELS)).meta({ description: describeCodes(REGION_LEVELS) }),
    department: DepartmentSchema.nullable().meta({
      description: 'the department a department officer acts for; null for none',
    }),
    capabilities: z.array(CapabilitySchema).meta({
      description:
        'every capability any of the roles holds, in the order of the capability table (docs/api.md#authorisation). ' +
        'Holding one is necessary, not sufficient: each request is still checked against the jurisdiction, ' +
        'the department and the case’s state, and the API remains the only guard.',
    }),
  })
  .meta({
    id: 'Me',
    description: 'The caller as the bearer token says, and what the API would let them do',
  });

export type Me = z.output<typeof MeSchema>;
