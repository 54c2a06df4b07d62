/** The quarterly notices to member units, made public (向社会公示, 000 五（五）). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client';
import { ProblemSchema } from '../problem';
import {
  NoticeIdParamsSchema,
  NoticeListQuerySchema,
  NoticeListSchema,
  QuarterlyNoticeSchema,
} from '../schemas/quarterly-notices';
import { PUBLIC_ENDPOINT } from '../security';
import { noticeDocument, noticeList } from '../services/quarterly-notices';

export const quarterlyNoticeRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/v1/quarterly-notices',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['years'],
        summary: 'The quarterly notices to member units (季度通报), newest first',
        description:
          'Public, no token; rate limited per address. Every notice issued, optionally of a region and the ' +
          'regions inside it, or of a year; a page of `limit` with `nextCursor`.',
        querystring: NoticeListQuerySchema,
        response: { 200: NoticeListSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => noticeList(db, request.query),
  );

  app.get(
    '/v1/quarterly-notices/:id',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['years'],
        summary:
          'A quarterly notice: the enterprises to rectify and to exit, and what each member unit must do',
        description:
          'Public, no token. As issued, never changed: the jurisdiction’s cases on each list as the ledger ' +
          'stood at the quarter’s end, and the member units notified with their duties (000 五（六）（七）). ' +
          'A notice not issued is 404.',
        params: NoticeIdParamsSchema,
        response: { 200: QuarterlyNoticeSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return noticeDocument(db, request.params.id);
    },
  );
};
