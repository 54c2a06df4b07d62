/** The statistics tables reported up the chain: each as submitted, with the regions under it. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { ReportIdParamsSchema, YearReportSchema } from '../schemas/year-reports';
import { reportDocument } from '../services/year-reports';

export const yearReportRoutes: FastifyPluginAsyncZod<{ db: Database; verifier: TokenVerifier }> = async (
  app,
  { db, verifier },
) => {
  app.get(
    '/v1/year-reports/:id',
    {
      schema: {
        tags: ['years'],
        summary: 'A statistics table reported up the chain (退出情况统计表): planned beside actual',
        description:
          'The table a report milestone’s submission carries (midyear_statistics, yearend_statistics, ' +
          'aggregate_report), drawn as of the submission and never changed: for each region directly under the ' +
          'jurisdiction (a county: itself), industry, dimension and capacity unit, what the plans in force ' +
          'planned to rectify and to exit, beside the cases found, rectified, exited (as the exit statistics ' +
          'count them) and accepted in the period; the totals per capacity unit; and, for each region under ' +
          'it, the plan counted and where its own report of the same milestone stands now. Every role of the ' +
          'jurisdiction and of the levels above it reads it; elsewhere 404.',
        security: [{ bearerAuth: [] }],
        params: ReportIdParamsSchema,
        response: { 200: YearReportSchema, 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => reportDocument(db, await principalOf(request, verifier), request.params.id),
  );
};
