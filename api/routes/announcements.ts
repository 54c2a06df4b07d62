/**
 * The yearly announcement (年度社会公告): the office draws up a version from the year-end statistics as
 * of a cut-off and another person of the office approves it, then anyone reads it — as JSON, a workbook
 * or the public site's printable page. Corrections are new versions; nothing published ever changes.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { announcementDisposition, announcementXlsx } from '../announcement-export';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import {
  AnnouncementDecisionBodySchema,
  AnnouncementDocumentSchema,
  AnnouncementFormatQuerySchema,
  AnnouncementHeadersSchema,
  AnnouncementIdParamsSchema,
  AnnouncementKeyParamsSchema,
  AnnouncementReceiptSchema,
  AnnouncementVersionParamsSchema,
  AnnouncementViewSchema,
  DraftAnnouncementBodySchema,
  PublishedListQuerySchema,
  PublishedListSchema,
} from '../schemas/announcements';
import { PUBLIC_ENDPOINT } from '../security';
import {
  announcementView,
  decideAnnouncement,
  draftAnnouncement,
  publishedDocument,
  publishedList,
  staffDocument,
  type AnnouncementServiceDeps,
} from '../services/announcements';
import { EXPORT_FORMATS } from '../statistics-export';

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  503: ProblemSchema,
};

const documentResponse = {
  description: 'The version: JSON, or the workbook (sheet 公告)',
  content: {
    'application/json': { schema: AnnouncementDocumentSchema },
    [EXPORT_FORMATS.xlsx]: { schema: z.string().meta({ format: 'binary' }) },
  },
};

export const announcementRoutes: FastifyPluginAsyncZod<
  AnnouncementServiceDeps & { verifier: TokenVerifier }
> = async (app, deps) => {
  app.post(
    '/v1/announcements',
    {
      schema: {
        tags: ['announcements'],
        summary: 'Draw up a version of a year’s announcement (起草年度公告)',
        description:
          'By the office (supervisor) of the jurisdiction: the year-end exit statistics of its region as of ' +
          'the cut-off (every exited enterprise’s equipment and capacity, whatever the dimension) are fixed as ' +
          'the next version, a draft until another person of the office approves it. Once a version is ' +
          'published, a new one is a correction and says what it corrects. Refused (a draft waiting, a cut-off ' +
          'before 31 December or after today, another jurisdiction’s office): 409 with the reason.',
        security: [{ bearerAuth: [] }],
        headers: AnnouncementHeadersSchema,
        body: DraftAnnouncementBodySchema,
        response: { 200: AnnouncementReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      draftAnnouncement(deps, await principalOf(request, deps.verifier), {
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.get(
    '/v1/announcements/:key',
    {
      schema: {
        tags: ['announcements'],
        summary: 'A year’s announcement: every version, what the caller may do, its ledger',
        description:
          'Every role, for a region inside its jurisdiction (else 404): each version with its cut-off, counts, ' +
          'totals and status, who drew it up and who decided it, and `mayI`; the announcement’s ledger with ' +
          'its hash chain checked. A region with no version yet answers with none.',
        security: [{ bearerAuth: [] }],
        params: AnnouncementKeyParamsSchema,
        response: { 200: AnnouncementViewSchema, ...problems },
      },
    },
    async (request) => announcementView(deps, await principalOf(request, deps.verifier), request.params.key),
  );

  app.get(
    '/v1/announcements/:key/versions/:version',
    {
      schema: {
        tags: ['announcements'],
        summary: 'One version’s rows, a draft’s too (审批前预览)',
        description:
          'As the public reads a published version, for a region inside the caller’s jurisdiction.',
        security: [{ bearerAuth: [] }],
        params: AnnouncementVersionParamsSchema,
        querystring: AnnouncementFormatQuerySchema,
        response: { 200: documentResponse, ...problems },
      },
    },
    async (request, reply) => {
      const document = await staffDocument(
        deps,
        await principalOf(request, deps.verifier),
        request.params.key,
        request.params.version,
      );
      reply.header('cache-control', 'private, no-store');
      if (request.query.format === 'json') return reply.send(document);
      reply.type(EXPORT_FORMATS.xlsx).header('content-disposition', announcementDisposition(document));
      return reply.send((await announcementXlsx(document)) as unknown as string);
    },
  );

  app.post(
    '/v1/announcements/:key/versions/:version/decisions',
    {
      schema: {
        tags: ['announcements'],
        summary: 'Approve a draft (批准公告), which publishes it, or discard it (作废)',
        description:
          'By a supervisor of the jurisdiction’s office; approval by another person than the one who drew it ' +
          'up (四眼原则), who may discard it. Approved, it is public and the version it corrects is marked ' +
          'corrected. Refused by the announcement: 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: AnnouncementVersionParamsSchema,
        headers: AnnouncementHeadersSchema,
        body: AnnouncementDecisionBodySchema,
        response: { 200: AnnouncementReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      decideAnnouncement(deps, await principalOf(request, deps.verifier), {
        ...request.params,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.get(
    '/v1/published-announcements',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['announcements'],
        summary: 'The published announcements (向社会公告), newest year first',
        description:
          'Public, no token; rate limited per address. Every published version, a correction beside the ' +
          'version it corrects (`correctedBy`), optionally of a region and the regions inside it, or a year.',
        querystring: PublishedListQuerySchema,
        response: { 200: PublishedListSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => publishedList(deps, request.query),
  );

  app.get(
    '/v1/published-announcements/:id',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['announcements'],
        summary: 'A published announcement: every exited enterprise, its equipment and capacity',
        description:
          'Public, no token. JSON or, with `format=xlsx`, the workbook. A draft or a discarded version is 404; ' +
          'a corrected version stays readable and names the version that corrects it.',
        params: AnnouncementIdParamsSchema,
        querystring: AnnouncementFormatQuerySchema,
        response: { 200: documentResponse, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const document = await publishedDocument(deps, request.params.id);
      reply.header('cache-control', 'public, max-age=60');
      if (request.query.format === 'json') return reply.send(document);
      reply.type(EXPORT_FORMATS.xlsx).header('content-disposition', announcementDisposition(document));
      return reply.send((await announcementXlsx(document)) as unknown as string);
    },
  );
};
