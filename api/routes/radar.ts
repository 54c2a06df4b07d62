import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { problemResponse as problem } from '../problem';
import { z } from 'zod';
import { RADAR_SHEET, XLSX_CONTENT_TYPE, radarContentDisposition, toRadarXlsx } from '../radar-export';
import { RadarExportQuerySchema, RadarQuerySchema, RadarSchema } from '../schemas/radar';
import { MAX_RADAR_EXPORT, radar, radarCases, type RadarServiceDeps } from '../services/radar';

export const radarRoutes: FastifyPluginAsyncZod<RadarServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  // A static path: Fastify's router matches it before the parametric /v1/cases/:id.
  app.get(
    '/v1/cases/radar',
    {
      schema: {
        tags: ['cases'],
        summary: 'The deadline radar (临期雷达): open cases by region × dimension × days left',
        description:
          'Open cases counted by their own region (the enterprise’s, as filed), dimension and days-left ' +
          'bucket, in China Standard Time calendar days to the deadline they wait on. Supervisors and ' +
          'administrators, inside their jurisdiction (another region answers 403).',
        security: [{ bearerAuth: [] }],
        querystring: RadarQuerySchema,
        response: {
          200: RadarSchema,
          400: problem('the query is not valid (/problems/validation), each bad field named'),
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem(
            'a role that does not read the radar, or a region outside the caller’s (/problems/forbidden)',
          ),
          503: problem('PostgreSQL did not answer; retry (/problems/service-unavailable)'),
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request, deps.verifier);
      const answer = await radar(deps, principal, request.query);
      reply.header('cache-control', 'private, no-store');
      return answer;
    },
  );

  app.get(
    '/v1/cases/radar/export',
    {
      schema: {
        tags: ['cases'],
        summary: 'The radar’s open cases as a workbook (临期雷达案件清单, XLSX)',
        description:
          'The open cases of the radar’s filter (`region`, `dimension`) and, if given, one days-left ' +
          '`bucket` — the same bounds as GET /v1/cases/radar — soonest deadline first, as an XLSX workbook: ' +
          `one sheet, ${RADAR_SHEET}, a title row, Chinese headers, region names beside their codes, codes by ` +
          `their Chinese labels. Same readers as the radar; at most ${MAX_RADAR_EXPORT} cases (more: 422).`,
        security: [{ bearerAuth: [] }],
        querystring: RadarExportQuerySchema,
        response: {
          200: {
            description: 'The workbook, as an attachment',
            content: {
              [XLSX_CONTENT_TYPE]: {
                schema: z.string().meta({
                  format: 'binary',
                  description: `sheet ${RADAR_SHEET}: row 1 the title (region, dimension, bucket, as of), row 2 the headers, then one row per case`,
                }),
              },
            },
          },
          400: problem('the query is not valid (/problems/validation), each bad field named'),
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem(
            'a role that does not read the radar, or a region outside the caller’s (/problems/forbidden)',
          ),
          422: problem(
            `more than ${MAX_RADAR_EXPORT} cases match: narrow the filter (/problems/export-too-large)`,
          ),
          503: problem('PostgreSQL did not answer; retry (/problems/service-unavailable)'),
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request, deps.verifier);
      const list = await radarCases(deps, principal, request.query);
      reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', radarContentDisposition(list))
        .type(XLSX_CONTENT_TYPE);
      // Fastify sends a Buffer as it is; the schema can only describe it as a binary string.
      return reply.send((await toRadarXlsx(list)) as unknown as string);
    },
  );
};
