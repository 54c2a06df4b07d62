/**
 * The census inventory (摸底排查): a jurisdiction's rows for a year, the local government's consent to late
 * rows, filing the rows that count, and the published result. The import is in routes/census.ts, whose
 * context takes files.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import {
  CensusEntrySchema,
  CensusFilingSchema,
  CensusInventorySchema,
  CensusResultSchema,
  ConsentBodySchema,
  EntryIdParamsSchema,
  FilingQuerySchema,
  InventoryParamsSchema,
  InventoryQuerySchema,
} from '../schemas/census-inventory';
import { PUBLIC_ENDPOINT } from '../security';
import { censusInventory, censusResult, decideConsent, fileCensus } from '../services/census-inventory';
import type { CaseServiceDeps } from '../services/cases';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

export const censusInventoryRoutes: FastifyPluginAsyncZod<
  CaseServiceDeps & { verifier: TokenVerifier }
> = async (app, deps) => {
  app.get(
    '/v1/census/:regionCode/:year',
    {
      schema: {
        tags: ['findings'],
        summary: 'A jurisdiction’s census inventory for a year (摸底排查清单), in its order',
        description:
          'Every role of the jurisdiction and the levels above it: each row with its status — awaiting the ' +
          'local government’s consent (imported after the census deadline), refused, confirmed, filed (with its ' +
          'case) — the counts per status, and the census deadline. `status` narrows; a page of `limit` with ' +
          '`nextCursor`.',
        security: [{ bearerAuth: [] }],
        params: InventoryParamsSchema,
        querystring: InventoryQuerySchema,
        response: { 200: CensusInventorySchema, ...problems },
      },
    },
    async (request) =>
      censusInventory(deps.db, await principalOf(request, deps.verifier), request.params, request.query),
  );

  app.post(
    '/v1/census-entries/:id/consent',
    {
      schema: {
        tags: ['findings'],
        summary: 'The local government’s consent to a late census row (经属地政府同意), or its refusal',
        description:
          'By the people’s government (government_approver) of the inventory’s jurisdiction, once, for a row ' +
          'imported after the census deadline. Consented, the row counts: it is filed and published; refused, ' +
          'it never is. A row outside the caller’s jurisdiction is 404; one on time, or decided already, 409.',
        security: [{ bearerAuth: [] }],
        params: EntryIdParamsSchema,
        body: ConsentBodySchema,
        response: { 200: CensusEntrySchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      decideConsent(deps.db, await principalOf(request, deps.verifier), request.params.id, request.body),
  );

  app.post(
    '/v1/census/:regionCode/:year/filings',
    {
      schema: {
        tags: ['findings'],
        summary: 'File the inventory’s confirmed rows as findings, each linked to its case',
        description:
          'Department officers (file_finding): every row that counts and is not filed yet, of the caller’s ' +
          'department and region, is filed through the same idempotent path as POST /v1/findings, and linked ' +
          'to its case; other departments’ rows are left for them. At most `limit` rows a request: send it ' +
          'again while `remaining` is above 0 (a row filed already is never filed twice).',
        security: [{ bearerAuth: [] }],
        params: InventoryParamsSchema,
        querystring: FilingQuerySchema,
        response: { 200: CensusFilingSchema, ...problems },
      },
    },
    async (request) =>
      fileCensus(deps, await principalOf(request, deps.verifier), request.params, request.query, request.log),
  );

  app.get(
    '/v1/census-results/:regionCode/:year',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['findings'],
        summary: 'The census result, public (摸底排查结果公布): enterprises, equipment and capacity',
        description:
          'Public, no token; rate limited per address. The rows of the jurisdiction’s inventory that count ' +
          '(on time, or late with the local government’s consent), now: the enterprise list with each one’s ' +
          'equipment count (落后生产设备数量) and capacity, the equipment list with its standard or catalogue ' +
          'clause, and the totals per capacity unit (000 四（二）1).',
        params: InventoryParamsSchema,
        response: { 200: CensusResultSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return censusResult(deps.db, request.params);
    },
  );
};
