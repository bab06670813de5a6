import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail } from './errors';

type Envelope = {
  error: {
    code: string;
    message: string;
    details?: ErrorDetail[];
    params?: Record<string, unknown>;
    requestId: string;
  };
};

function send(reply: FastifyReply, status: number, body: Envelope['error']) {
  return reply.status(status).send({ error: body } satisfies Envelope);
}

/** Maps every error to the one envelope; 5xx answers never carry internals. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const requestId = req.id;
  if (err instanceof AppError) {
    return send(reply, err.status, {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
      ...(err.params ? { params: err.params } : {}),
      requestId,
    });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const details = err.validation.map((v) => {
      const path = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
      const keys =
        v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys) ? (v.params.keys as string[]) : [];
      return {
        path: keys.length ? `${path}.${keys.join(',')}` : path,
        message: v.message ?? 'invalid',
        code: v.keyword,
      };
    });
    return send(reply, 400, {
      code: 'VALIDATION_FAILED',
      message: details.map((d) => `${d.path}: ${d.message}`).join('; '),
      details,
      requestId,
    });
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
    return send(reply, 500, { code: 'INTERNAL', message: 'Internal error', requestId });
  }
  if (
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (err.statusCode === 400 && err instanceof SyntaxError)
  ) {
    return send(reply, 400, {
      code: 'MALFORMED_JSON',
      message: 'The request body is not valid JSON',
      requestId,
    });
  }
  if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return send(reply, 413, { code: 'FILE_TOO_LARGE', message: 'The upload is too large', requestId });
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return send(reply, err.statusCode, { code: 'BAD_REQUEST', message: err.message, requestId });
  }
  req.log.error({ err }, 'unhandled error');
  return send(reply, 500, { code: 'INTERNAL', message: 'Internal error', requestId });
}
