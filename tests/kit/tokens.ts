/** Who acts in tests, the benchmark and the drills, and the bearer tokens that say so. */
import { mintToken, type Principal } from '../../api/auth';
import { loadConfig } from '../../config';
import { ROLES, codesOf } from '../../domain/enums';
import type { FindingInput } from '../../domain/finding';

const tokens = new Map<string, Promise<string>>();

/**
 * `Bearer …` for `principal`, signed with the development secret the service verifies by default; one
 * token per principal, minted once and valid for a day (a benchmark or a drill runs for hours).
 */
export function authorizationFor(principal: Principal): Promise<string> {
  const key = JSON.stringify(principal);
  let token = tokens.get(key);
  if (!token) {
    token = mintToken(loadConfig({}), principal, { expiresIn: '24h' }).then((t) => `Bearer ${t}`);
    tokens.set(key, token);
  }
  return token;
}

/** The same as a header, for `app.inject` and `fetch`. */
export async function bearer(principal: Principal): Promise<{ authorization: string }> {
  return { authorization: await authorizationFor(principal) };
}

/** Every role at once, in Suzhou, for industry & IT: a caller no authorisation check turns away. */
export function everyRole(userId: string): Principal {
  return { userId, roles: codesOf(ROLES), regionCode: '320500', department: 'industry_it' };
}

/** A department officer of the finding's department in the finding's county: who files it. */
export function officerFor(finding: Pick<FindingInput, 'department' | 'enterprise'>): Principal {
  return {
    userId: `officer-${finding.department}-${finding.enterprise.regionCode}`,
    roles: ['department_officer'],
    regionCode: finding.enterprise.regionCode,
    department: finding.department,
  };
}
