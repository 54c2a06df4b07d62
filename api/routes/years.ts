/** The bureau's year: each jurisdiction's dated milestones under its profile. Public, like the profiles. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../problem';
import { CalendarParamsSchema, YearCalendarSchema } from '../schemas/years';
import { PUBLIC_ENDPOINT } from '../security';
import { yearCalendar } from '../services/years';

export const yearRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/calendars/:regionCode/:year',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['years'],
        summary: 'What a jurisdiction owes in a year, and by when (年度工作节点)',
        description:
          'Public, no token; rate limited per address. The milestones of the bureau’s year that the ' +
          'jurisdiction’s level owes under the policy profile covering it (its current version): the work ' +
          'plan, the census, supervision, acceptance, the statistics tables, the summary and the report up the ' +
          'chain, each with its last day after the rest-day rule (民法典 第二百零三条), lapsing at 24:00 CST, the ' +
          'office it goes to and the words of the document that date it. A county and a city of one locality ' +
          'owe different milestones. A code the region table does not name is 404, as for GET /v1/regions/{code}.',
        params: CalendarParamsSchema,
        response: { 200: YearCalendarSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => yearCalendar(request.params.regionCode, request.params.year),
  );
};
