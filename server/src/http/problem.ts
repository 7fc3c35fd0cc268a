import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { negotiateLocale } from './locale.js';
import { ProblemError, problemTypes, type FieldError, type ProblemCode } from './errors.js';

/** A bare HTTP status maps to the first (generic) code listed with it, not to a specific one like attachment_too_large. */
const problemByStatus = new Map<number, ProblemCode>();
for (const [code, type] of Object.entries(problemTypes)) {
  if (!problemByStatus.has(type.status)) problemByStatus.set(type.status, code as ProblemCode);
}

/** Errors raised by body-parser (via express.json) carry a `type`; these are the client's fault. */
const bodyParserProblems: Record<string, ProblemCode> = {
  'entity.parse.failed': 'malformed_json',
  'entity.too.large': 'payload_too_large',
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
};

/**
 * A field error's code: zod's own, or for a custom refusal the stable `params.reason` it names (the calendar
 * schema's `overlapping_intervals`, `unknown_time_zone`, `duplicate_date` …), which clients may switch on.
 */
export function zodIssueCode(issue: { code: string; params?: unknown }): string {
  const reason = (issue.params as { reason?: unknown } | undefined)?.reason;
  return issue.code === 'custom' && typeof reason === 'string' ? reason : issue.code;
}

function fieldErrorsFromZod(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(root)',
    code: zodIssueCode(issue),
    message: issue.message,
  }));
}

/** Maps anything thrown to a problem the client may see, or null when it is our own fault (a 500). */
export function toProblem(error: unknown): ProblemError | null {
  if (error instanceof ProblemError) return error;
  if (error instanceof ZodError) return new ProblemError('validation_failed', { errors: fieldErrorsFromZod(error) });
  if (typeof error !== 'object' || error === null) return null;
  // Express could not decode a path parameter (`/tickets/%zz`): the client's path, not our fault.
  if (error instanceof URIError) {
    return new ProblemError('validation_failed', {
      errors: [{ field: '(path)', code: 'invalid_escape', message: 'the path holds a percent-escape that is not valid UTF-8' }],
      cause: error,
    });
  }
  const e = error as { type?: unknown; status?: unknown; expose?: unknown; name?: unknown; code?: unknown; meta?: unknown };
  if (typeof e.type === 'string' && bodyParserProblems[e.type]) {
    return new ProblemError(bodyParserProblems[e.type]!, { cause: error });
  }
  // Prisma's known request errors: a unique constraint or a missing row is a client-visible outcome.
  if (e.name === 'PrismaClientKnownRequestError') {
    if (e.code === 'P2002') {
      const target = (e.meta as { target?: unknown } | undefined)?.target;
      const fields = Array.isArray(target) ? target.map(String) : [];
      return new ProblemError('conflict', {
        errors: fields.map((field) => ({ field, code: 'unique', message: `${field} is already in use` })),
        cause: error,
      });
    }
    if (e.code === 'P2025') return new ProblemError('not_found', { cause: error });
  }
  if (e.expose === true && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return new ProblemError(problemByStatus.get(e.status) ?? 'validation_failed', { cause: error });
  }
  return null;
}

export function sendProblem(req: Request, res: Response, problem: ProblemError, publicUrl: string): void {
  const locale = negotiateLocale(req.get('accept-language'));
  const docs = locale === 'en' ? `${publicUrl}/en/docs/api/errors` : `${publicUrl}/docs/api/errors`;
  res
    .status(problem.status)
    .type('application/problem+json')
    .set('Content-Language', locale)
    .set(problem.headers)
    .send(
      JSON.stringify({
        type: `${docs}#${problem.code}`,
        title: problemTypes[problem.code].title[locale],
        status: problem.status,
        ...(problem.detail ? { detail: problem.detail } : {}),
        code: problem.code,
        instance: req.originalUrl.split('?')[0],
        ...(problem.errors?.length ? { errors: problem.errors } : {}),
        requestId: req.id,
      }),
    );
}

/** The one error middleware: client mistakes become their problem; anything else is a logged, opaque 500. */
export function problemHandler(publicUrl: string): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const problem = toProblem(error);
    if (problem) return sendProblem(req, res, problem, publicUrl);
    // pino-http logs the request once, at error level, with this error attached.
    res.err = error instanceof Error ? error : new Error(String(error));
    sendProblem(req, res, new ProblemError('internal_error'), publicUrl);
  };
}

export const notFound: RequestHandler = () => {
  throw new ProblemError('not_found');
};

/** For `router.route(path).get(...).all(methodNotAllowed('GET, HEAD'))`. */
export function methodNotAllowed(allow: string): RequestHandler {
  return (_req, res) => {
    res.set('Allow', allow);
    throw new ProblemError('method_not_allowed', { detail: `Allowed: ${allow}` });
  };
}
