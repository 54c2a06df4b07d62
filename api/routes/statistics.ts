import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, type TokenVerifier } from '../auth';
import { problemResponse as problem } from '../problem';
import { ExitStatisticsQuerySchema, ExitStatisticsSchema } from '../schemas/statistics';
import { exitTable, type StatisticsServiceDeps } from '../services/statistics';
import { EXPORT_FORMATS, contentDisposition, toCsv, toXlsx, type ExportFormat } from '../statistics-export';

/** The format asked for: `format` when given, else the most preferred of the Accept header's types we make. */
export function exportFormatFor(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  const offered: [string, ExportFormat][] = [
    ['application/json', 'json'],
    ['text/csv', 'csv'],
    [EXPORT_FORMATS.xlsx, 'xlsx'],
  ];
  let best: { format: ExportFormat; q: number } = { format: 'json', q: 0 };
  for (const range of (accept ?? '').split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const match = offered.find(([mime]) => mime === type);
    if (match && q > best.q) best = { format: match[1], q };
  }
  return best.format;
}

export const statisticsRoutes: FastifyPluginAsyncZod<
  StatisticsServiceDeps & { verifier: TokenVerifier }
> = async (app, deps) => {
  app.get(
    '/v1/statistics/exits',
    {
      schema: {
        tags: ['statistics'],
        summary: 'The yearly exit statistics table (落后产能退出情况统计表), as of a cut-off',
        description:
          'Cases closed as exited (the city’s passing acceptance) in the year or its first half, China Standard ' +
          'Time, within the region, counting only ledger entries recorded by the cut-off: the same query gives ' +
          'the same table however many entries are written later. Supervisors, government approvers, auditors ' +
          'and administrators, inside their jurisdiction (another region answers 403). JSON, CSV (`part` ' +
          'details or summary; UTF-8 with BOM) or XLSX (sheets 明细 and 汇总) by `format` or `Accept`.',
        security: [{ bearerAuth: [] }],
        querystring: ExitStatisticsQuerySchema,
        response: {
          200: {
            description: 'The table',
            content: {
              'application/json': { schema: ExitStatisticsSchema },
              'text/csv': {
                schema: z.string().meta({
                  description:
                    'RFC 4180, UTF-8 with a byte-order mark, CRLF; a header line in Chinese and English, then one line per row',
                }),
              },
              [EXPORT_FORMATS.xlsx]: {
                schema: z.string().meta({
                  format: 'binary',
                  description: 'sheets 明细 and 汇总, each under a title row naming year, region and cut-off',
                }),
              },
            },
          },
          400: problem('the query is not valid (/problems/validation), each bad field named'),
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem(
            'a role that does not read statistics, or a region outside the caller’s (/problems/forbidden)',
          ),
          503: problem('PostgreSQL did not answer; retry (/problems/service-unavailable)'),
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request, deps.verifier);
      const table = await exitTable(deps, principal, request.query);
      const { part } = request.query;
      const format = exportFormatFor(request.query.format, request.headers.accept);
      reply
        .header('vary', 'Accept')
        .header('cache-control', 'private, no-store')
        .type(EXPORT_FORMATS[format]);
      if (format === 'json') return reply.send(table);
      reply.header(
        'content-disposition',
        contentDisposition(table, format, format === 'csv' ? part : undefined),
      );
      if (format === 'csv') return reply.send(toCsv(table, part));
      // Fastify sends a Buffer as it is; the schema can only describe it as a binary string.
      return reply.send((await toXlsx(table)) as unknown as string);
    },
  );
};
