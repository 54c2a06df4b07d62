/**
 * RFC 9457 problem details. Every error the API answers is one of these, as
 * application/problem+json, with a stable `type` (documented in the README).
 */
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const PROBLEM_TYPES = {
  validation: { type: '/problems/validation', title: 'The request is not valid' },
  notFound: { type: '/problems/not-found', title: 'No such resource' },
  methodNotAllowed: {
    type: '/problems/method-not-allowed',
    title: 'The resource does not answer this method',
  },
  unauthorized: { type: '/problems/unauthorized', title: 'Authentication is required' },
  forbidden: { type: '/problems/forbidden', title: 'Not allowed for this role' },
  decisionRejected: { type: '/problems/decision-rejected', title: 'The case refused this decision' },
  caseClosed: { type: '/problems/case-closed', title: 'The case is closed' },
  unsupportedMediaType: { type: '/problems/unsupported-media-type', title: 'Unsupported media type' },
  payloadTooLarge: { type: '/problems/payload-too-large', title: 'The request body is too large' },
  exportTooLarge: { type: '/problems/export-too-large', title: 'Too many rows for one export' },
  tooManyRequests: { type: '/problems/too-many-requests', title: 'Too many requests' },
  badRequest: { type: '/problems/bad-request', title: 'The request could not be understood' },
  censusFile: {
    type: '/problems/census-file',
    title: 'The file is not a census list in the template',
  },
  unavailable: {
    type: '/problems/service-unavailable',
    title: 'A service this request needs is unavailable',
  },
  internal: { type: '/problems/internal', title: 'Internal error' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export const FieldErrorSchema = z.object({
  pointer: z
    .string()
    .meta({ description: 'JSON Pointer (RFC 6901) to the offending field, e.g. /enterprise/creditCode' }),
  detail: z.string(),
});

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Thrown by services; the error handler turns it into a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly status: number,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

export function problemBody(
  kind: ProblemKind,
  status: number,
  detail?: string,
  errors?: FieldError[],
): Problem {
  return { ...PROBLEM_TYPES[kind], status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
}

/** A documented problem answer with a description of when it comes (an OpenAPI response object). */
export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
}
