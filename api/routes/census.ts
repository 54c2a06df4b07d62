import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, type TokenVerifier } from '../auth';
import { XLSX_MEDIA_TYPE } from '../census-file';
import { problemResponse as problem } from '../problem';
import {
  CENSUS_FILE_LIMIT,
  CENSUS_IMPORT_FILE_LIMIT,
  CENSUS_MEDIA_TYPES,
  MAX_CENSUS_IMPORT_ROWS,
  CensusFileBodySchema,
  CensusPreviewSchema,
} from '../schemas/census';
import { censusPreview, templateFor } from '../services/census';
import { importCensus } from '../services/census-inventory';
import {
  CensusImportBodySchema,
  CensusImportSchema,
  InventoryParamsSchema,
} from '../schemas/census-inventory';
import type { Database } from '../../db/client';

/**
 * The census upload (普查清单上传). Its own plugin: the preview's body is a file, so this context
 * parses XLSX and CSV as bytes and nothing else (JSON here is 415), leaving the rest of the API JSON only.
 */
export const censusRoutes: FastifyPluginAsyncZod<{ verifier: TokenVerifier; db: Database }> = async (
  app,
  deps,
) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    [...CENSUS_MEDIA_TYPES],
    { parseAs: 'buffer', bodyLimit: CENSUS_IMPORT_FILE_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/v1/findings/census-template.xlsx',
    {
      schema: {
        tags: ['findings'],
        summary: 'The census template (普查清单模板), an XLSX workbook',
        description:
          'The sheet 普查清单 with the header row (required columns marked *, each header with a note on what ' +
          'to write, drop-down lists for the coded columns), 填写说明 (each column: required or not, format, ' +
          'an example) and 代码表 (the labels and codes of the lists). Department officers (file_finding).',
        security: [{ bearerAuth: [] }],
        response: {
          200: {
            description: 'The template',
            content: {
              [XLSX_MEDIA_TYPE]: {
                schema: z
                  .string()
                  .meta({ format: 'binary', description: 'sheets 普查清单, 填写说明, 代码表' }),
              },
            },
          },
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem('a role that does not file findings (/problems/forbidden)'),
        },
      },
    },
    async (request, reply) => {
      const template = await templateFor(await principalOf(request, deps.verifier));
      reply
        .type(XLSX_MEDIA_TYPE)
        .header('cache-control', 'private, no-cache')
        .header(
          'content-disposition',
          `attachment; filename="census-template.xlsx"; filename*=UTF-8''${encodeURIComponent('普查清单模板.xlsx')}`,
        );
      // Fastify sends a Buffer as it is; the schema can only describe it as a binary string.
      return reply.send(template as unknown as string);
    },
  );

  app.post(
    '/v1/findings/census-preview',
    {
      bodyLimit: CENSUS_FILE_LIMIT,
      schema: {
        tags: ['findings'],
        summary: 'Read a filled census template (普查清单) and say, row by row, what filing it would do',
        description:
          'The body is the file: `Content-Type` ' +
          `\`${XLSX_MEDIA_TYPE}\` or \`text/csv\` (optionally \`; charset=utf-8\` or \`gbk\`). Every row under ` +
          'the header is converted to a finding and validated exactly as POST /v1/findings/batch would ' +
          '(the finding schema, the caller’s department and region, and one row per department and document ' +
          'number); each problem names its cell (D7). Nothing is filed: send the valid rows’ `finding`s to ' +
          'POST /v1/findings/batch. Department officers (file_finding).',
        security: [{ bearerAuth: [] }],
        consumes: [...CENSUS_MEDIA_TYPES],
        body: CensusFileBodySchema,
        response: {
          200: CensusPreviewSchema,
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem('a role that does not file findings (/problems/forbidden)'),
          413: problem(`a file over ${CENSUS_FILE_LIMIT / 1024 / 1024} MiB (/problems/payload-too-large)`),
          415: problem('a body that is neither XLSX nor CSV (/problems/unsupported-media-type)'),
          422: problem(
            'a file that is not a census list this service can read (/problems/census-file): not XLSX or CSV ' +
              'text, no header row naming the template’s required columns, no rows, or more than the batch takes',
          ),
        },
      },
    },
    async (request) =>
      censusPreview(
        await principalOf(request, deps.verifier),
        Buffer.isBuffer(request.body) ? request.body : undefined,
        request.headers['content-type'] ?? '',
      ),
  );

  app.post(
    '/v1/census/:regionCode/:year/imports',
    {
      bodyLimit: CENSUS_IMPORT_FILE_LIMIT,
      schema: {
        tags: ['findings'],
        summary: 'Import a filled census template into the jurisdiction’s inventory for the year (摸底排查)',
        description:
          'The body is the file, as for the preview (XLSX or CSV, one row per piece of equipment, at most ' +
          `${MAX_CENSUS_IMPORT_ROWS} rows). Every row is read and validated as the preview does, and its ` +
          'enterprise must be inside the jurisdiction. The valid rows are stored at once, numbered in the ' +
          'inventory (a row already there — the same department and document number — is left as it is); the ' +
          'others are reported at their cells and nothing of them is stored. Imported after the census ' +
          'milestone’s deadline, the rows wait for the local government’s consent (经属地政府同意) before they ' +
          'count. Department officers of the jurisdiction (file_finding).',
        security: [{ bearerAuth: [] }],
        consumes: [...CENSUS_MEDIA_TYPES],
        params: InventoryParamsSchema,
        body: CensusImportBodySchema,
        response: {
          200: CensusImportSchema,
          400: problem('a path that is not a region code and year (/problems/invalid-request)'),
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem(
            'a role that does not file findings, or a region outside the caller’s (/problems/forbidden)',
          ),
          404: problem('a region code the table does not name (/problems/not-found)'),
          413: problem(
            `a file over ${CENSUS_IMPORT_FILE_LIMIT / 1024 / 1024} MiB (/problems/payload-too-large)`,
          ),
          415: problem('a body that is neither XLSX nor CSV (/problems/unsupported-media-type)'),
          422: problem('a file that is not a census list this service can read (/problems/census-file)'),
        },
      },
    },
    async (request) =>
      importCensus(
        deps.db,
        await principalOf(request, deps.verifier),
        request.params,
        Buffer.isBuffer(request.body) ? request.body : undefined,
        request.headers['content-type'] ?? '',
      ),
  );
};
