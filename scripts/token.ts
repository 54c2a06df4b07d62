/**
 * `npm run token -- --user u1 --role supervisor --region 320500 [--role …] [--department industry_it]
 * [--expires 8h]`: mints a bearer token signed with AUTH_JWT_SECRET (or the development secret), for
 * local use and tests.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { mintToken } from '../api/auth';
import { loadConfigOrExit } from '../config';
import { DEPARTMENTS, ROLES, codesOf } from '../domain/enums';
import { isRegionCode } from '../domain/region';

const { values } = parseArgs({
  options: {
    user: { type: 'string' },
    role: { type: 'string', multiple: true },
    region: { type: 'string' },
    department: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const ArgsSchema = z.object({
  user: z.string().min(1, '--user is required'),
  role: z.array(z.enum(codesOf(ROLES))).min(1, `--role is required: ${Object.keys(ROLES).join(', ')}`),
  region: z.string().refine(isRegionCode, '--region must be a GB/T 2260 code, e.g. 320508'),
  department: z.enum(codesOf(DEPARTMENTS)).optional(),
  expires: z.string().regex(/^\d+[smhd]$/, '--expires like 30m, 8h or 7d'),
});

const parsed = ArgsSchema.safeParse({ ...values, role: values.role ?? [] });
if (!parsed.success) {
  process.stderr.write(`${parsed.error.issues.map((issue) => issue.message).join('\n')}\n`);
  process.exit(2);
}
const args = parsed.data;
const config = loadConfigOrExit();
void mintToken(
  config,
  { userId: args.user, roles: args.role, regionCode: args.region, department: args.department ?? null },
  { expiresIn: args.expires },
).then((token) => process.stdout.write(`${token}\n`));
