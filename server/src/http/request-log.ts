import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';

/** A caller's id is kept when it is short and plain, so ids can be followed across a proxy; else we make one. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

const quietPaths = new Set(['/health', '/metrics']);

/** One JSON line per request, and `req.log` for the handlers: every line carries `reqId`. */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && acceptableRequestId.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    autoLogging: { ignore: (req) => quietPaths.has((req.url ?? '').split('?')[0]!) },
    serializers: {
      // The query string is dropped: links may carry tokens there, and tokens never reach a log.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
