/** Who the caller is, with labels, and the capabilities domain/authority.ts gives their roles. */
import { CAPABILITIES, capabilitiesOf } from '../../domain/authority';
import { DEPARTMENTS, ROLES } from '../../domain/enums';
import { regionLevel } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import type { Principal } from '../auth';
import type { Me } from '../schemas/me';

export function me(principal: Principal): Me {
  return {
    userId: principal.userId,
    roles: principal.roles.map((code) => ({ code, label: ROLES[code] })),
    regionCode: principal.regionCode,
    regionName: regionName(principal.regionCode),
    regionLevel: regionLevel(principal.regionCode),
    department: principal.department
      ? { code: principal.department, label: DEPARTMENTS[principal.department] }
      : null,
    capabilities: capabilitiesOf(principal).map((code) => ({ code, label: CAPABILITIES[code].label })),
  };
}
