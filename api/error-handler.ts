import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

/**
 * Errors Fastify's router meets before any route (a path parameter over its maximum length, a URL
 * that does not decode): a problem body too, without echoing the offending path.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a path parameter is longer than any identifier this API uses'
      : 'the URL could not be decoded';
  void reply
    .status(status)
    .header('x-request-id', request.id)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problemBody('badRequest', status, detail), requestId: request.id });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (malformed framing, headers too large,
 * a client too slow): answered on the raw socket, as Fastify's default does, but with a problem body.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'the request did not arrive in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'the request headers are too large']
        : [400, 'the request is not well-formed HTTP'];
  const body = JSON.stringify(problemBody('badRequest', status, detail));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

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
