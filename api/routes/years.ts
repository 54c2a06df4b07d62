/**
 * The bureau's year: each jurisdiction's dated milestones under its profile (public), and its year as a
 * workflow — opened, read, its milestones submitted by the jurisdiction and reviewed by the office above.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import {
  CalendarParamsSchema,
  MilestoneParamsSchema,
  MilestoneReceiptSchema,
  OpenYearBodySchema,
  PlanReceiptSchema,
  NoticeReceiptSchema,
  PlanVersionParamsSchema,
  QuarterParamsSchema,
  SubmissionParamsSchema,
  SupervisionActionParamsSchema,
  SupervisionReceiptSchema,
  YearCalendarSchema,
  YearHeadersSchema,
  YearIdParamsSchema,
  YearListQuerySchema,
  YearListSchema,
  YearViewSchema,
} from '../schemas/years';
import {
  IssueNoticeSchema,
  NoticeReceiptSchema as NoticeReceiptBodySchema,
  MilestoneReviewSchema,
  MilestoneSubmissionSchema,
  PlanAmendmentReviewSchema,
  PlanAmendmentSchema,
  SupervisionActionSchema,
  SupervisionFollowUpSchema,
  WorkPlanSubmissionSchema,
} from '../../domain/year-schemas';
import { PUBLIC_ENDPOINT } from '../security';
import type { Quarter } from '../../domain/quarterly-notice';
import {
  amendWorkPlan,
  issueQuarterlyNotice,
  listYears,
  openYear,
  recordNoticeReceipt,
  recordSupervisionAction,
  recordSupervisionFollowUp,
  reviewWorkPlanAmendment,
  reviewMilestone,
  submitMilestone,
  yearCalendar,
  yearView,
  type YearServiceDeps,
} from '../services/years';

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  503: ProblemSchema,
};

export const yearRoutes: FastifyPluginAsyncZod<YearServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
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

  app.post(
    '/v1/years',
    {
      schema: {
        tags: ['years'],
        summary: 'Open a jurisdiction’s year (启动年度工作)',
        description:
          'Starts the year’s workflow with the milestones its profile dates (as GET /v1/calendars gives ' +
          'them): once per region and year — asking again answers the same year with 200. A year opened ' +
          'after some milestones lapsed marks them overdue without a 督办 for the past. Supervisors (and ' +
          'administrators) open the years of their own region or one inside it.',
        security: [{ bearerAuth: [] }],
        headers: YearHeadersSchema,
        body: OpenYearBodySchema,
        response: { 200: YearViewSchema, 201: YearViewSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { created, view } = await openYear(deps, await principalOf(request, deps.verifier), request.body);
      return reply
        .code(created ? 201 : 200)
        .header('location', `/v1/years/${view.id}`)
        .send(view);
    },
  );

  app.get(
    '/v1/years',
    {
      schema: {
        tags: ['years'],
        summary: 'The years in the caller’s jurisdiction, newest first',
        description:
          'Every role, within its jurisdiction: each year with its milestones pending and overdue and the ' +
          'next lapse. `regionCode` narrows to a region inside the jurisdiction; a page of `limit` with ' +
          '`nextCursor`.',
        security: [{ bearerAuth: [] }],
        querystring: YearListQuerySchema,
        response: { 200: YearListSchema, ...problems },
      },
    },
    async (request) => listYears(deps, await principalOf(request, deps.verifier), request.query),
  );

  app.get(
    '/v1/years/:id',
    {
      schema: {
        tags: ['years'],
        summary: 'A jurisdiction’s year: its milestones, what the caller may do, its ledger',
        description:
          'Each milestone with its deadline, status, submissions and reviews, and `mayI`: whether the caller ' +
          'may submit or review it now, asked of the rules the POSTs apply; every step of the year’s ledger ' +
          'with its hash chain checked. A year outside the caller’s jurisdiction is 404.',
        security: [{ bearerAuth: [] }],
        params: YearIdParamsSchema,
        response: { 200: YearViewSchema, ...problems },
      },
    },
    async (request) => yearView(deps, await principalOf(request, deps.verifier), request.params.id),
  );

  app.post(
    '/v1/years/:id/milestones/:kind/submissions',
    {
      schema: {
        tags: ['years'],
        summary: 'Submit a milestone (报送): a table, the summary…',
        description:
          'By the office (supervisor) of the jurisdiction that owes it; for what its departments owe its own ' +
          'office, also by a department officer there. It then waits for the review of the office it goes to, ' +
          'or is done at once when it goes outside the service. The work plan has its own path, with its ' +
          'targets. Refused by the year (already submitted, done, the wrong jurisdiction): 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: SubmissionParamsSchema,
        headers: YearHeadersSchema,
        body: MilestoneSubmissionSchema,
        response: { 200: MilestoneReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      submitMilestone(deps, await principalOf(request, deps.verifier), {
        ...request.params,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/milestones/work_plan/submissions',
    {
      schema: {
        tags: ['years'],
        summary: 'Submit the work plan with its targets (报送年度工作方案)',
        description:
          'The work_plan milestone’s submission, as for every milestone, with the plan’s `targets`: they ' +
          'become the plan’s next version, approved when the office it goes to accepts the milestone (in ' +
          'force at once when it goes outside the service). Submitted again after a return, it is a new ' +
          'version. Refused by the year: 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: YearIdParamsSchema,
        headers: YearHeadersSchema,
        body: WorkPlanSubmissionSchema,
        response: { 200: MilestoneReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      submitMilestone(deps, await principalOf(request, deps.verifier), {
        id: request.params.id,
        kind: 'work_plan',
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/milestones/:kind/reviews',
    {
      schema: {
        tags: ['years'],
        summary: 'Review a submitted milestone (审核): accept it, or return it to be submitted again',
        description:
          'By a supervisor of the office the milestone goes to (the jurisdiction above, or its own office). ' +
          'Accepting the work plan approves its targets (the version submitted comes into force). ' +
          'Refused by the year (nothing submitted, the wrong office): 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: MilestoneParamsSchema,
        headers: YearHeadersSchema,
        body: MilestoneReviewSchema,
        response: { 200: MilestoneReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      reviewMilestone(deps, await principalOf(request, deps.verifier), {
        ...request.params,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/plan/amendments',
    {
      schema: {
        tags: ['years'],
        summary: 'Amend the approved work plan (修订工作方案): a new version of its targets',
        description:
          'By the office (supervisor) of the jurisdiction whose plan it is, once a plan is approved and no ' +
          'other amendment waits. The new version waits for the approval of the office the work plan goes to ' +
          '(the version in force stays until then), or is in force at once when the plan goes outside the ' +
          'service. Every version is kept. Refused by the year: 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: YearIdParamsSchema,
        headers: YearHeadersSchema,
        body: PlanAmendmentSchema,
        response: { 200: PlanReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      amendWorkPlan(deps, await principalOf(request, deps.verifier), {
        id: request.params.id,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/plan/versions/:version/reviews',
    {
      schema: {
        tags: ['years'],
        summary: 'Approve an amendment of the work plan (批准), or return it (退回)',
        description:
          'By a supervisor of the office the work plan goes to. Approved, the amendment supersedes the ' +
          'version in force; returned, the version in force stays. The first plan is approved by reviewing ' +
          'the work_plan milestone instead. Refused by the year: 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: PlanVersionParamsSchema,
        headers: YearHeadersSchema,
        body: PlanAmendmentReviewSchema,
        response: { 200: PlanReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      reviewWorkPlanAmendment(deps, await principalOf(request, deps.verifier), {
        ...request.params,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/supervision-actions',
    {
      schema: {
        tags: ['years'],
        summary: 'Record a notice or an interview of a lagging region (通报、约谈)',
        description:
          'By the office (supervisor) of the year’s jurisdiction, about a region directly under it: who, when, ' +
          'why, the commitments made and the follow-up’s date (the rest-day rule applies; it lapses at 24:00 ' +
          'CST, then the office and the region are told). The region’s office is told at once. Refused (another ' +
          'office, a region not directly under it, a day after today, a follow-up not after it): 409.',
        security: [{ bearerAuth: [] }],
        params: YearIdParamsSchema,
        headers: YearHeadersSchema,
        body: SupervisionActionSchema,
        response: { 200: SupervisionReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      recordSupervisionAction(deps, await principalOf(request, deps.verifier), {
        id: request.params.id,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/supervision-actions/:number/follow-ups',
    {
      schema: {
        tags: ['years'],
        summary: 'Record what a region did after a notice or an interview (落实情况)',
        description:
          'By the office that recorded it, once. An action without it keeps the year open. Refused: 409.',
        security: [{ bearerAuth: [] }],
        params: SupervisionActionParamsSchema,
        headers: YearHeadersSchema,
        body: SupervisionFollowUpSchema,
        response: { 200: SupervisionReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      recordSupervisionFollowUp(deps, await principalOf(request, deps.verifier), {
        ...request.params,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/quarterly-notices',
    {
      schema: {
        tags: ['years'],
        summary: 'Issue a quarter’s notice to the member units (季度通报)',
        description:
          'The year issues each quarter’s notice by itself at the quarter’s end (24:00 CST of its last day) ' +
          'when the quarter ends after the year opened; this issues one on demand, once the quarter has ended. ' +
          'By the office (supervisor) of the year’s jurisdiction. The notice lists the jurisdiction’s enterprises ' +
          'to rectify and to exit as the ledger stood at the quarter’s end; one copy goes to each member unit of ' +
          'the year’s profile through the outbox, with what that unit must do, and the notice is public at once ' +
          '(GET /v1/quarterly-notices/{id}). Refused by the year (already issued, the quarter not ended, another ' +
          'office, a profile without member units): 409 with the reason.',
        security: [{ bearerAuth: [] }],
        params: YearIdParamsSchema,
        headers: YearHeadersSchema,
        body: IssueNoticeSchema,
        response: { 200: NoticeReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      issueQuarterlyNotice(deps, await principalOf(request, deps.verifier), {
        id: request.params.id,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );

  app.post(
    '/v1/years/:id/quarterly-notices/:quarter/receipts',
    {
      schema: {
        tags: ['years'],
        summary: 'Record a member unit’s receipt of a quarter’s notice (签收)',
        description:
          'By the office that issued it, once per unit: who signed and when (not after today, not before the ' +
          'notice). Receipts are due within ten days of the notice (the rest-day rule applies); when the day ' +
          'lapses with some missing, the office is told, and a receipt recorded later is marked late. A quarter ' +
          'with no notice is 404; refused by the year (recorded already, a unit the notice did not go to): 409.',
        security: [{ bearerAuth: [] }],
        params: QuarterParamsSchema,
        headers: YearHeadersSchema,
        body: NoticeReceiptBodySchema,
        response: { 200: NoticeReceiptSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request) =>
      recordNoticeReceipt(deps, await principalOf(request, deps.verifier), {
        id: request.params.id,
        quarter: request.params.quarter as Quarter,
        idempotencyKey: request.headers['idempotency-key'],
        body: request.body,
      }),
  );
};
