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

/** The methods the routes serve on each path, for the `Allow` header of a 405. */
export class AllowedMethods {
  private readonly routes: Array<{ method: string; path: RegExp }> = [];

  add(method: string, url: string): void {
    // A route path's `:param` matches one segment, `*` the rest; everything else is literal.
    const source = url
      .split(/(:\w+|\*)/)
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    this.routes.push({ method, path: new RegExp(`^${source}$`) });
  }

  /** The methods some route serves on `url`'s path (HEAD with GET), or none when no route has the path. */
  of(url: string): string[] {
    const path = url.split('?')[0] ?? '';
    const methods = new Set(
      this.routes.filter((route) => route.path.test(path)).map((route) => route.method),
    );
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  }
}

/**
 * No route for this method and path: 405 with `Allow` when the path answers other methods (RFC 9110
 * 15.5.6), else 404. Both before any body parsing: a method with a body no route takes (QUERY, …) is
 * not a malformed request.
 */
function answerUnrouted(request: FastifyRequest, reply: FastifyReply, allowed: AllowedMethods) {
  const methods = allowed.of(request.url);
  const problem = methods.length
    ? problemBody('methodNotAllowed', 405, `${request.method} is not one of ${methods.join(', ')}`)
    : problemBody('notFound', 404, `no route ${request.method} ${request.url}`);
  if (methods.length) reply.header('allow', methods.join(', '));
  return reply
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url, requestId: request.id });
}

/** Maps every error to a problem body, once, for the whole API. */
export function registerErrorHandler(app: FastifyInstance, allowed: AllowedMethods): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (request.is404) return answerUnrouted(request, reply, allowed);
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

  app.setNotFoundHandler((request, reply) => answerUnrouted(request, reply, allowed));
}
