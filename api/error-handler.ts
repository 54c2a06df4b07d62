import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isServiceUnavailable } from './availability';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemError,
  problemBody,
  type FieldError,
  type Problem,
  type ProblemKind,
} from './problem';

const CLIENT_ERRORS_BY_CODE: Record<string, ProblemKind> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupportedMediaType',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payloadTooLarge',
};

/** Maps every error to a problem body, once, for the whole API. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: Problem;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((issue) => ({
        pointer: issue.instancePath || '/',
        detail: issue.message ?? 'is not valid',
      }));
      const where = error.validationContext ?? 'request';
      problem = problemBody('validation', 400, `${errors.length} invalid field(s) in the ${where}`, errors);
    } else if (error instanceof ProblemError) {
      problem = problemBody(error.kind, error.status, error.message, error.errors);
      if (error.kind === 'unauthorized') reply.header('www-authenticate', 'Bearer');
    } else if (isServiceUnavailable(error)) {
      request.log.warn({ err: error }, 'dependency unavailable');
      problem = problemBody('unavailable', 503, 'Temporal or PostgreSQL did not answer; retry later');
      reply.header('retry-after', '5');
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const kind = CLIENT_ERRORS_BY_CODE[error.code] ?? 'badRequest';
      problem = problemBody(kind, error.statusCode, error.message);
    } else {
      request.log.error({ err: error }, 'unexpected error');
      problem = problemBody(
        'internal',
        500,
        'An unexpected error occurred; it has been logged with this request id',
      );
    }
    return reply
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send({ ...problem, instance: request.url, requestId: request.id });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type(PROBLEM_CONTENT_TYPE)
      .send({
        ...problemBody('notFound', 404, `no route ${request.method} ${request.url}`),
        instance: request.url,
        requestId: request.id,
      }),
  );
}
