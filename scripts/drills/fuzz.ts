/**
 * DRILL_REQUESTS (10,000) malformed or hostile requests generated with fast-check from the API's own
 * OpenAPI document, across every route: wrong types, missing and unknown fields, strings past their
 * maximum, numbers out of range, deep nesting, broken JSON, prototype-poisoning keys, wrong content
 * types, oversized bodies, bad and powerless tokens, bad idempotency keys, hostile path ids and query
 * strings, path traversal. Every request that could write carries at least one defect the API must
 * refuse. Nothing may answer 5xx, nothing may be stored (the row count of every table and the number
 * of workflows are the same after), and no answer may leak a file.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import type { Principal } from '../../api/auth';
import { loadConfig, DEVELOPMENT_JWT_SECRET } from '../../config';
import { size, withService, type Drill } from './drill';
import { mapWithConcurrency } from '../../lib/concurrency';
import { authorizationFor, everyRole } from '../../tests/kit/tokens';
import { Findings, Http, SCENARIOS, fileFinding, type ExpectedCase } from './load';
import {
  operationsOf,
  sampleOf,
  setAt,
  sitesOf,
  wrongTypeFor,
  type Json,
  type JsonSchema,
  type Operation,
} from './openapi';
import { sleep } from '../../tests/kit/poll';
import { Service, logLinesWith } from '../lib/scratch-service';
import { reconcileService, resultOf, settle } from './verify';

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** What was done to it, for the report. */
  defects: string[];
}

interface Tokens {
  valid: string;
  powerless: string;
  broken: Record<string, string>;
}

/** Everyone at once in Suzhou, department industry_it: a token that reaches every route when nothing else is wrong. */
const ALMIGHTY: Principal = everyRole('drill-fuzz-almighty');

async function tokensFor(): Promise<Tokens> {
  const config = loadConfig({});
  const sign = (
    claims: Record<string, unknown>,
    {
      secret = DEVELOPMENT_JWT_SECRET,
      iss = config.AUTH_ISSUER,
      aud = config.AUTH_AUDIENCE,
      exp = '1h' as string | number,
    } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('drill-fuzz')
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(secret));
  const claims = { roles: ['supervisor'], region: '320500' };
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    valid: await authorizationFor(ALMIGHTY),
    powerless: await authorizationFor({
      userId: 'drill-fuzz-auditor',
      roles: ['auditor'],
      regionCode: '320508',
      department: null,
    }),
    broken: {
      none: '',
      garbage: 'Bearer abc.def.ghi',
      wrongSecret: `Bearer ${await sign(claims, { secret: 'another-secret-of-at-least-thirty-two-characters' })}`,
      expired: `Bearer ${await sign(claims, { exp: Math.floor(Date.now() / 1000) - 3600 })}`,
      wrongIssuer: `Bearer ${await sign(claims, { iss: 'someone-else' })}`,
      wrongAudience: `Bearer ${await sign(claims, { aud: 'another-api' })}`,
      algNone: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', ...claims, iss: config.AUTH_ISSUER, aud: config.AUTH_AUDIENCE })}.`,
      unknownRole: `Bearer ${await sign({ roles: ['root'], region: '320500' })}`,
      badRegion: `Bearer ${await sign({ roles: ['supervisor'], region: '../../' })}`,
      basic: 'Basic ZHJpbGw6ZHJpbGw=',
      emptyBearer: 'Bearer ',
      huge: `Bearer ${'a'.repeat(20_000)}.b.c`,
    },
  };
}

/** Ids a path can carry: real ones, well-formed unknown ones, and hostile strings. */
const HOSTILE_IDS = [
  '..',
  '../../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%252f..%252fetc%252fpasswd',
  '%00',
  'RC-0000000000000000%00',
  "RC-1' OR '1'='1",
  'RC-0123456789ABCDEF;drop table cases',
  '${jndi:ldap://x/a}',
  '%E4%B8%AD%E6%96%87',
  'rc-0123456789abcdef',
  'RC-' + 'A'.repeat(5000),
  '%',
  '%zz',
  '__proto__',
  'constructor',
  '-1',
  '1e309',
  '99999999999999999999999',
  '0x10',
];

const TRAVERSALS = [
  '/../../../../etc/passwd',
  '/docs/../../package.json',
  '/docs/static/../../../package.json',
  '/docs/static/..%2f..%2f..%2fpackage.json',
  '/docs/static/%2e%2e/%2e%2e/%2e%2e/package.json',
  '/docs/static/....//....//package.json',
  '/v1/%2e%2e/%2e%2e/etc/passwd',
  '/v1/cases/..%2f..%2f..%2f..%2fetc%2fpasswd/timeline',
  '//etc/passwd',
  '/\\..\\..\\package.json',
  '/docs/static/%c0%ae%c0%ae/package.json',
];

const BAD_JSON = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  'NaN',
  '{"a":NaN}',
  'undefined',
  '[1,2',
  '{"a":1}{"b":2}',
  '\u0000',
  '{"a":"\\x"}',
  '{"a":01}',
  '{"a":1e}',
  ")]}'\n{}",
  '{"a":"\u0000\ud800"}',
];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----drill',
  'application/octet-stream',
  'image/png',
  'application/json-patch+json',
];

/** A printable-ASCII string (header values allow nothing else). */
const asciiArb = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength });

/** Builds one request for `op` from fast-check's choices; write routes always carry a defect the API must refuse. */
function buildRequest(
  g: fc.GeneratorValue,
  op: Operation,
  tokens: Tokens,
  real: { caseIds: string[]; tipIds: string[]; receipts: string[] },
  validFinding: () => Json,
): FuzzRequest {
  const defects: string[] = [];
  const pick = (n: number) => g(fc.nat, { max: n - 1 });
  const writes = op.method !== 'GET';
  const hasKey = op.parameters.some((p) => p.in === 'header' && p.name === 'idempotency-key');
  const hasId = op.parameters.some((p) => p.in === 'path');

  // The defects this request must carry (write routes: at least one that refuses it).
  const refusing: string[] = [];
  if (op.secured) refusing.push('auth', 'powerless');
  if (hasKey) refusing.push('key');
  if (hasId) refusing.push('unknownId');
  if (op.body) refusing.push('body', 'body', 'body', 'rawBody');
  else if (writes) refusing.push('malformedJson');
  const chosen = new Set<string>();
  if (refusing.length > 0) {
    if (writes || g(fc.boolean)) chosen.add(refusing[pick(refusing.length)]!);
    if (g(fc.nat, { max: 3 }) === 0) chosen.add(refusing[pick(refusing.length)]!);
  }

  // ---- path
  let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (chosen.has('unknownId') || (!writes && g(fc.nat, { max: 2 }) === 0)) {
      const hostile = g(fc.boolean);
      defects.push(hostile ? 'hostileId' : 'unknownId');
      // As sent on the wire: only what an HTTP request line cannot carry is escaped (`../` stays).
      if (hostile)
        return HOSTILE_IDS[pick(HOSTILE_IDS.length)]!.replace(/[^\u0021-\u007e]/g, encodeURIComponent);
      if (name === 'id' && op.path.startsWith('/v1/tips')) return `TIP-${randomHex(g, 20)}`;
      if (name === 'receiptNumber')
        return `JB-${randomHex(g, 4)}-${randomHex(g, 4)}-${randomHex(g, 4)}-${randomHex(g, 4)}`.toUpperCase();
      if (name === 'list') return g(fc.constantFrom, 'blue', 'YELLOW', 'yellow%20', 'red;', 'green');
      if (name === 'version') return String(g(fc.integer, { min: 1000, max: 2 ** 31 }));
      return `RC-${randomCrockford(g, 16)}`;
    }
    if (name === 'id' && op.path.startsWith('/v1/tips'))
      return real.tipIds[pick(real.tipIds.length)] ?? 'TIP-00000000000000000000';
    if (name === 'receiptNumber')
      return real.receipts[pick(real.receipts.length)] ?? 'JB-0000-0000-0000-0000';
    if (name === 'list') return g(fc.constantFrom, 'yellow', 'red', 'emission_exceeding', 'emission_serious');
    if (name === 'version') return String(g(fc.integer, { min: 1, max: 3 }));
    return real.caseIds[pick(real.caseIds.length)]!;
  });

  // ---- query
  const query: string[] = [];
  for (const param of op.parameters.filter((p) => p.in === 'query'))
    if (param.required || g(fc.boolean))
      query.push(`${param.name}=${encodeURIComponent(queryValue(g, param.schema, defects))}`);
  if (!writes && g(fc.nat, { max: 4 }) === 0) {
    const junk = g(
      fc.constantFrom,
      '__proto__[polluted]=1',
      'constructor[prototype][x]=1',
      'limit=1&limit=2',
      '%zz=1',
      'a'.repeat(9000) + '=1',
      'cursor=eyJfX3Byb3RvX18iOnt9fQ',
      'unknown=1',
    );
    query.push(junk);
    defects.push('junkQuery');
  }
  if (query.length > 0) path += `?${query.join('&')}`;

  // ---- headers
  const headers: Record<string, string> = {};
  if (op.secured) {
    if (chosen.has('auth')) {
      const kinds = Object.keys(tokens.broken);
      const kind = kinds[pick(kinds.length)]!;
      defects.push(`token:${kind}`);
      if (tokens.broken[kind]) headers.authorization = tokens.broken[kind];
    } else if (chosen.has('powerless')) {
      defects.push('token:powerless');
      headers.authorization = tokens.powerless;
    } else headers.authorization = tokens.valid;
  } else if (g(fc.nat, { max: 3 }) === 0)
    headers.authorization = g(fc.boolean) ? tokens.valid : tokens.broken.garbage!;
  if (hasKey) {
    if (chosen.has('key')) {
      const kind = g(fc.constantFrom, 'missing', 'short', 'chars', 'huge', 'unicode');
      defects.push(`key:${kind}`);
      if (kind === 'short') headers['idempotency-key'] = 'abc';
      if (kind === 'chars')
        headers['idempotency-key'] = g(
          fc.constantFrom,
          '../../../etc',
          'key with spaces 1234',
          "k'; drop table cases; --",
          '<script>alert(1)</script>',
        );
      if (kind === 'huge') headers['idempotency-key'] = 'k'.repeat(g(fc.integer, { min: 201, max: 20_000 }));
      if (kind === 'unicode') headers['idempotency-key'] = Buffer.from('密钥密钥密钥密钥').toString('latin1');
    } else headers['idempotency-key'] = `fuzz-${randomHex(g, 16)}`;
  }
  if (g(fc.nat, { max: 5 }) === 0) {
    headers['x-request-id'] = g(asciiArb, 300);
    defects.push('oddRequestId');
  }

  // ---- body
  let body: string | undefined;
  let contentType: string | undefined = 'application/json';
  const bodyDefect = chosen.has('body')
    ? g(
        fc.constantFrom,
        'wrongType',
        'missingRequired',
        'unknownField',
        'tooLong',
        'outOfRange',
        'badEnum',
        'deepNesting',
        'protoPoisoning',
      )
    : undefined;
  const rawDefect =
    chosen.has('rawBody') || chosen.has('malformedJson')
      ? chosen.has('malformedJson')
        ? 'badJson'
        : g(fc.constantFrom, 'badJson', 'badJson', 'wrongContentType', 'noBody', 'hugeBody')
      : undefined;
  if (op.body) {
    let value = baseBody(op, pick, validFinding);
    let deep: number | undefined;
    if (bodyDefect) {
      const mutated = mutate(g, op.body, value, bodyDefect);
      value = mutated.value;
      deep = mutated.deep;
      defects.push(`body:${mutated.defect}`);
    }
    body = JSON.stringify(value);
    if (deep) body = body.replace('"__DEEP__"', '['.repeat(deep) + ']'.repeat(deep));
    if (bodyDefect === 'protoPoisoning') {
      const key = g(
        fc.constantFrom,
        '"__proto__":{"polluted":true}',
        '"constructor":{"prototype":{"polluted":true}}',
      );
      body = body.startsWith('{') ? `{${key},${body.slice(1)}` : `{${key}}`;
    }
  } else if (!writes && g(fc.nat, { max: 5 }) === 0) {
    body = JSON.stringify(g(fc.jsonValue, { maxDepth: 3 }));
    defects.push('bodyOnRead');
  } else contentType = undefined;
  if (rawDefect) {
    defects.push(`raw:${rawDefect}`);
    contentType = 'application/json';
    if (rawDefect === 'badJson') body = BAD_JSON[pick(BAD_JSON.length)];
    if (rawDefect === 'wrongContentType') contentType = WRONG_CONTENT_TYPES[pick(WRONG_CONTENT_TYPES.length)];
    if (rawDefect === 'noBody') body = g(fc.boolean) ? '' : undefined;
    if (rawDefect === 'hugeBody') {
      const limit = op.path === '/v1/findings/batch' ? 8 * 1024 * 1024 : 1024 * 1024;
      body = `{"padding":"${'x'.repeat(limit + 1)}"}`;
    }
  }
  if (contentType && (body !== undefined || g(fc.boolean))) headers['content-type'] = contentType;
  return { method: op.method, path, headers, body, defects };
}

function randomHex(g: fc.GeneratorValue, length: number): string {
  return Array.from({ length }, () => '0123456789abcdef'[g(fc.nat, { max: 15 })]).join('');
}

function randomCrockford(g: fc.GeneratorValue, length: number): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from({ length }, () => alphabet[g(fc.nat, { max: 31 })]).join('');
}

function queryValue(g: fc.GeneratorValue, schema: JsonSchema, defects: string[]): string {
  if (g(fc.nat, { max: 2 }) !== 0) return String(sampleOf(schema, (n) => g(fc.nat, { max: n - 1 })));
  defects.push('badQueryValue');
  return g(() =>
    fc.oneof(
      fc.constantFrom(
        'abc',
        '-5',
        '1.5',
        '1e400',
        '99999999999999999999',
        '',
        ' ',
        'null',
        'true',
        '[]',
        '{}',
        "' OR 1=1 --",
        '.*',
        '\\',
        '%00',
        '$ne',
        '2026-02-30',
        '9999-12-31T99:99:99Z',
      ),
      fc.string({ maxLength: 200 }),
      fc.constant('z'.repeat(10_000)),
    ),
  );
}

function baseBody(op: Operation, pick: (n: number) => number, validFinding: () => Json): Json {
  if (op.path === '/v1/findings') return validFinding();
  if (op.path === '/v1/findings/batch') return { findings: [validFinding()] };
  return sampleOf(op.body!, pick);
}

/** Breaks `value` so that `schema` refuses it; falls back to a wrong type at the root when the defect has no place. */
function mutate(
  g: fc.GeneratorValue,
  schema: JsonSchema,
  original: Json,
  defect: string,
): { value: Json; defect: string; deep?: number } {
  // The batch's rows are checked row by row (and a valid row is filed): break every row, not the envelope.
  if (
    Array.isArray((original as { findings?: Json[] } | null)?.findings) &&
    schema.properties?.findings &&
    !schema.properties.findings.items?.type
  ) {
    const rows = (original as { findings: Json[] }).findings;
    const findingSchema = FINDING_SCHEMA.current;
    if (findingSchema) {
      const broken = rows.map((row) => mutate(g, findingSchema, row, defect));
      return {
        value: { findings: broken.map((b) => b.value) },
        defect: `rows:${broken[0]?.defect ?? defect}`,
        deep: broken[0]?.deep,
      };
    }
  }
  const value = structuredClone(original);
  const sites = sitesOf(schema, value);
  const pickSite = (filter: (s: (typeof sites)[number]) => boolean) => {
    const fitting = sites.filter(filter);
    return fitting.length > 0 ? fitting[g(fc.nat, { max: fitting.length - 1 })] : undefined;
  };
  const nest: Json = g(fc.jsonValue, { maxDepth: 2 }) as Json;
  switch (defect) {
    case 'missingRequired': {
      const site = pickSite(
        (s) => !!s.schema.required?.some((key) => s.value && typeof s.value === 'object' && key in s.value),
      );
      if (!site) break;
      const present = site.schema.required!.filter((key) => key in (site.value as object));
      return {
        value: setAt(value, [...site.path, present[g(fc.nat, { max: present.length - 1 })]!], undefined),
        defect,
      };
    }
    case 'unknownField': {
      const site = pickSite(
        (s) =>
          s.schema.additionalProperties === false &&
          !!s.value &&
          typeof s.value === 'object' &&
          !Array.isArray(s.value),
      );
      if (!site) break;
      const key = g(
        fc.constantFrom,
        'actor',
        'caseId',
        'sequence',
        'status',
        'isAdmin',
        '$where',
        'role',
        'extra',
        'Reason',
        'reason ',
      ) as string;
      if (site.schema.properties?.[key]) break;
      return { value: setAt(value, [...site.path, key], nest), defect };
    }
    case 'tooLong': {
      const site = pickSite((s) => typeof s.value === 'string' && s.schema.maxLength !== undefined);
      if (!site) break;
      const extra = g(fc.integer, { min: 1, max: 50_000 });
      const unit = g(fc.constantFrom, 'x', '漢', '😀');
      return { value: setAt(value, site.path, unit.repeat(site.schema.maxLength! + extra)), defect };
    }
    case 'outOfRange': {
      const site = pickSite(
        (s) =>
          typeof s.value === 'number' &&
          (s.schema.maximum !== undefined ||
            s.schema.minimum !== undefined ||
            s.schema.exclusiveMinimum !== undefined ||
            s.schema.type === 'integer'),
      );
      if (!site) break;
      const s = site.schema;
      const options: number[] = [];
      if (s.maximum !== undefined) options.push(s.maximum + 1, 1e308);
      if (s.minimum !== undefined) options.push(s.minimum - 1, -1e308);
      if (s.exclusiveMinimum !== undefined) options.push(s.exclusiveMinimum);
      if (s.type === 'integer') options.push(1.5);
      return { value: setAt(value, site.path, options[g(fc.nat, { max: options.length - 1 })]!), defect };
    }
    case 'badEnum': {
      const site = pickSite((s) => !!s.schema.enum && typeof s.value === 'string');
      if (!site) break;
      const candidate = g(fc.constantFrom, 'ENERGY', 'energy ', '', 'unknown', '能耗', 'null', '__proto__');
      if (site.schema.enum!.includes(candidate)) break;
      return { value: setAt(value, site.path, candidate), defect };
    }
    case 'deepNesting': {
      const site = pickSite(
        (s) =>
          s.path.length > 0 && ['string', 'number', 'integer', 'boolean'].includes(String(s.schema.type)),
      );
      if (!site) break;
      return {
        value: setAt(value, site.path, '__DEEP__'),
        defect,
        deep: g(fc.integer, { min: 100, max: 20_000 }),
      };
    }
    case 'protoPoisoning':
      return { value, defect };
    default:
      break;
  }
  // wrongType, or any defect without a place in this body.
  const site = pickSite((s) => wrongTypeFor(s.schema, () => 0, null) !== undefined) ?? {
    path: [],
    schema,
    value,
  };
  const candidate = wrongTypeFor(site.schema, (n) => g(fc.nat, { max: n - 1 }), nest);
  const wrong = candidate === undefined ? 'not-a-json-object' : candidate;
  return {
    value: setAt(value, site.path, wrong),
    defect: defect === 'wrongType' ? defect : `wrongType(for ${defect})`,
  };
}

const FINDING_SCHEMA: { current?: JsonSchema } = {};

interface Sent {
  request: FuzzRequest;
  status: number;
  body: string;
  /** Whether the answer is an RFC 9457 problem body whose status is the answer's. */
  problem: boolean;
  requestId: string | null;
}

function sendRaw(port: number, request: FuzzRequest): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    const req = http.request(
      // A connection of its own (no Agent): a connection the server cuts after a 431 or a refused body must not
      // take another request's answer with it, as a shared Agent's sockets do.
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.path,
        headers,
        agent: false,
        timeout: 60_000,
      },
      (res) => {
        response = res;
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => answered());
        res.on('error', failed);
      },
    );
    let response: http.IncomingMessage | undefined;
    const chunks: Buffer[] = [];
    const answered = (cutShort = false) => {
      const body = Buffer.concat(chunks).toString('utf8');
      const status = response!.statusCode ?? 0;
      const contentType = String(response!.headers['content-type'] ?? '');
      resolve({
        request,
        status,
        body: body.slice(0, 4000),
        // A body cut short by the client's parser (below) can only be judged by its content type.
        problem: cutShort
          ? contentType.startsWith('application/problem+json')
          : isProblem(contentType, body, status),
        requestId: (response!.headers['x-request-id'] as string | undefined) ?? null,
      });
    };
    // Node's client can fail a request after its answer arrived (a server that answers before reading the
    // body, with Connection: close, leaves it "data after Connection: close"): the answer is what counts.
    // (A GET whose body Node sends without a length is, to the server, a second request: it answers both, and the
    // client stops parsing at the second.)
    const failed = (error: Error) => (response ? answered(true) : reject(error));
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', failed);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

function isProblem(contentType: string, text: string, status: number): boolean {
  if (!contentType.startsWith('application/problem+json')) return false;
  try {
    const body = JSON.parse(text) as { type?: unknown; status?: unknown };
    return typeof body.type === 'string' && body.status === status;
  } catch {
    return false;
  }
}

/** Row counts of every table the service has. */
async function tableCounts(service: Service): Promise<Map<string, number>> {
  const pool = service.database.pool;
  const { rows: tables } = await pool.query<{ name: string }>(
    `select table_schema || '.' || table_name as name from information_schema.tables
      where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE' order by 1`,
  );
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    const [schema, table] = name.split('.');
    const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from "${schema}"."${table}"`);
    counts.set(name, rows[0]!.n);
  }
  return counts;
}

async function workflowCount(service: Service): Promise<number> {
  return (await service.temporal.workflow.count()).count;
}

export const fuzz: Drill = {
  name: 'fuzz',
  summary:
    'DRILL_REQUESTS (10000) malformed or hostile requests from the OpenAPI document: no 5xx, nothing stored',
  run: (ctx) =>
    withService(
      () =>
        Service.start({
          name: 'fuzz',
          baseDatabaseUrl: ctx.baseDatabaseUrl,
          // The public endpoints' per-address limit would answer most of them 429 before validating anything.
          apiEnv: { PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' },
        }),
      async (service) => {
        const started = Date.now();
        const requests = size('DRILL_REQUESTS', 10_000);
        const client = new Http(service.apiUrl);

        // Something real to aim at: cases of each kind and a tip.
        const findings = new Findings(`fz${ctx.seed.toString(36)}${Date.now().toString(36)}`);
        const expected: ExpectedCase[] = [];
        for (const scenario of SCENARIOS) {
          const { finding, expected: want } = findings.next(scenario);
          await fileFinding(client, finding, Date.now() + 60_000);
          expected.push(want);
        }
        const tip = await client.send('POST', '/v1/tips', {
          headers: {
            'content-type': 'application/json',
            'idempotency-key': `fuzz-tip-${randomBytes(8).toString('hex')}`,
          },
          body: JSON.stringify({
            enterpriseName: '演练被举报企业',
            regionCode: '320508',
            description: '演练举报：夜间偷排',
            anonymous: true,
          }),
        });
        if (tip.status !== 201)
          throw new Error(`the drill's own tip was answered ${tip.status}: ${JSON.stringify(tip.body)}`);
        await settle(service, expected, 120_000);
        await sleep(2_000);
        const { rows: tips } = await service.database.pool.query<{ id: string; receipt_number: string }>(
          'select id, receipt_number from tips',
        );
        const real = {
          caseIds: expected.map((c) => c.caseId),
          tipIds: tips.map((t) => t.id),
          receipts: tips.map((t) => t.receipt_number),
        };

        const doc = (await client.send('GET', '/docs/json')).body as Parameters<typeof operationsOf>[0];
        const operations = operationsOf(doc);
        FINDING_SCHEMA.current = operations.find(
          (op) => op.path === '/v1/findings' && op.method === 'POST',
        )?.body;
        // Routes that do not exist on these paths, and paths outside the API.
        const strays: Operation[] = [
          ...operations.map((op) => ({
            ...op,
            method: op.method === 'GET' ? 'DELETE' : 'PUT',
            body: undefined,
          })),
          ...TRAVERSALS.map((path) => ({ method: 'GET', path, parameters: [], secured: false })),
        ];
        const tokens = await tokensFor();
        const baseFinding = findings.next(SCENARIOS[0]).finding as unknown as Json;
        const arbitrary = fc.gen().map((g) => {
          const stray = g(fc.nat, { max: 9 }) === 0;
          const op = stray
            ? strays[g(fc.nat, { max: strays.length - 1 })]!
            : operations[g(fc.nat, { max: operations.length - 1 })]!;
          const request = buildRequest(g, op, tokens, real, () => structuredClone(baseFinding));
          if (stray) request.defects.push('noSuchRoute');
          return request;
        });
        const generated = fc.sample(arbitrary, { seed: ctx.seed, numRuns: requests });

        const kinds = new Map<string, number>();
        for (const request of generated)
          for (const defect of new Set(
            request.defects.map((d) => d.split('(')[0]!.replace(/^body:rows:/, 'body:')),
          ))
            kinds.set(defect, (kinds.get(defect) ?? 0) + 1);
        ctx.say(
          `defects: ${[...kinds.entries()]
            .sort(([, a], [, b]) => b - a)
            .map(([kind, n]) => `${kind} ${n}`)
            .join(', ')}; clean reads ${generated.filter((r) => r.defects.length === 0).length}`,
        );
        const before = await tableCounts(service);
        const workflowsBefore = await workflowCount(service);
        ctx.say(
          `${operations.length} operations in /docs/json; ${generated.length} requests (seed ${ctx.seed}); ${[...before.values()].reduce((a, b) => a + b, 0)} rows in ${before.size} tables, ${workflowsBefore} workflows before`,
        );

        const port = Number(new URL(service.apiUrl).port);
        const statuses = new Map<number, number>();
        const serverErrors: Sent[] = [];
        const writesAccepted: Sent[] = [];
        let batchAnsweredPerRow = 0;
        const leaks: Sent[] = [];
        // Every refusal is an RFC 9457 problem body, even one Node's HTTP parser refuses before Fastify routes it.
        const notProblems: Sent[] = [];
        let noAnswer = 0;
        const noAnswerSamples: string[] = [];
        const cutOff: FuzzRequest[] = [];
        let done = 0;
        const record = (sent: Sent) => {
          statuses.set(sent.status, (statuses.get(sent.status) ?? 0) + 1);
          if (sent.status >= 500) serverErrors.push(sent);
          if (sent.request.method !== 'GET' && sent.status >= 200 && sent.status < 300) {
            // The batch answers 200 with a result per row (each refused); the table counts say whether any was filed.
            if (sent.request.path.startsWith('/v1/findings/batch') && sent.status === 200)
              batchAnsweredPerRow += 1;
            else writesAccepted.push(sent);
          }
          if (sent.status >= 400 && !sent.problem) notProblems.push(sent);
          if (/root:x:0:0|"name":\s*"capacity-exit"|BEGIN [A-Z ]*PRIVATE KEY/.test(sent.body))
            leaks.push(sent);
        };
        await mapWithConcurrency(generated, size('DRILL_FUZZ_CONCURRENCY', 16), async (request) => {
          try {
            record(await sendRaw(port, request));
          } catch {
            cutOff.push(request);
          }
          done += 1;
          if (done % 2_000 === 0) ctx.say(`${done} sent`);
        });
        // A connection the server closes on a refused request can lose its answer; such a request is sent once
        // more, alone. Only one that still gets no answer counts.
        let answeredAlone = 0;
        for (const request of cutOff) {
          try {
            record(await sendRaw(port, request));
            answeredAlone += 1;
          } catch (error) {
            noAnswer += 1;
            if (noAnswerSamples.length < 10)
              noAnswerSamples.push(
                `${request.method} ${request.path.slice(0, 200)} [${request.defects.join(', ')}] headers ${JSON.stringify(
                  Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, v.slice(0, 200)])),
                )} body ${JSON.stringify((request.body ?? '').slice(0, 200))}: ${String(error)}`,
              );
          }
        }

        await sleep(3_000);
        const after = await tableCounts(service);
        const workflowsAfter = await workflowCount(service);
        const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
          (table) => before.get(table) !== after.get(table),
        );
        const rowsChanged = changed.reduce(
          (sum, table) => sum + Math.abs((after.get(table) ?? 0) - (before.get(table) ?? 0)),
          0,
        );
        const report = await reconcileService(service, ctx.say);

        const describeSent = (sent: Sent) =>
          `${sent.request.method} ${sent.request.path.slice(0, 300)} [${sent.request.defects.join(', ')}] ` +
          `content-type ${sent.request.headers['content-type'] ?? '-'}, body ${JSON.stringify((sent.request.body ?? '').slice(0, 300))} → ` +
          `${sent.status} ${sent.body.slice(0, 300)}` +
          (sent.requestId
            ? `\n      API log: ${logLinesWith(service.log('api'), sent.requestId, 3)
                .map((l) => l.slice(0, 1500))
                .join('\n      ')}`
            : '');
        const problems = [
          ...serverErrors.slice(0, 20).map((sent) => `5xx: ${describeSent(sent)}`),
          ...writesAccepted.slice(0, 20).map((sent) => `a write was accepted: ${describeSent(sent)}`),
          ...leaks.slice(0, 10).map((sent) => `leak: ${describeSent(sent)}`),
          ...notProblems.slice(0, 10).map((sent) => `not a problem body: ${describeSent(sent)}`),
          ...changed.map((table) => `${table}: ${before.get(table)} rows before, ${after.get(table)} after`),
          ...noAnswerSamples.map((line) => `no answer: ${line}`),
        ];
        if (workflowsAfter !== workflowsBefore)
          problems.push(`${workflowsBefore} workflows before, ${workflowsAfter} after`);
        const byStatus = [...statuses.entries()]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ');
        return resultOf(
          'fuzz',
          ctx.seed,
          started,
          {
            http5xx: serverErrors.length,
            rowsChanged,
            newWorkflows: Math.abs(workflowsAfter - workflowsBefore),
            writesAccepted: writesAccepted.length,
            leaks: leaks.length,
            notProblemBodies: notProblems.length,
            noAnswer,
            reconcileMismatches: report.counts.mismatches,
          },
          {
            requests: generated.length,
            operations: operations.length,
            answers: byStatus,
            batchAnsweredPerRow,
            connectionsCutThenAnsweredAlone: answeredAlone,
            tablesCounted: before.size,
            casesChecked: report.counts.checked,
          },
          problems,
        );
      },
    ),
};
