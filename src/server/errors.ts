import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, renderFields } from '../core/errors.js';
import { render, requestLang, type Lang, type PlainKey } from '../core/messages/index.js';
import { validationText, type IssueLike } from '../core/messages/zod.js';

/** Texts for Fastify's own 4xx errors (body parsing, content type, size). */
const fastifyMessages: Record<string, PlainKey> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'http.invalidMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'http.invalidContentLength',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'http.emptyJsonBody',
  FST_ERR_CTP_BODY_TOO_LARGE: 'http.bodyTooLarge',
  FST_ERR_CTP_INVALID_JSON_BODY: 'http.invalidJson',
  FST_ERR_CTP_INVALID_TYPE: 'http.invalidContentType',
  FST_ERR_BAD_URL: 'http.badUrl',
  FST_ERR_MAX_PARAM_LENGTH: 'http.urlTooLong',
  FST_ERR_ASYNC_CONSTRAINT: 'http.badUrl',
};

/** Seconds a browser or script is told to wait when the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const unreachableNetworkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// pg and pg-pool give these errors no code.
const unreachableMessages =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/;

/** Seconds to wait after a failed save: freeing disk space takes a person, not a reconnect. */
export const STORAGE_RETRY_AFTER_SECONDS = 60;

/**
 * Whether a write failed because the disk is full, read-only or failing (SQLite, or a file we
 * write), rather than because of the request: saving cannot work until an operator acts, while
 * reading still does. Returns the kind for /healthz and the log.
 */
export function storageFault(err: unknown): 'full' | 'read-only' | 'io-error' | undefined {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO') return 'io-error';
  return undefined;
}

/**
 * Whether an error means PostgreSQL cannot be reached right now (it restarts, fails over, or the
 * network between us broke), as opposed to a fault in a query: 57P01–57P03 (shutdown, crash
 * shutdown, cannot connect now), class 08 (connection exceptions) and the socket errors.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 3;
    e = e.cause as typeof e, depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (['57P01', '57P02', '57P03'].includes(code) || /^08[0-9A-Z]{3}$/.test(code) || unreachableNetworkCodes.has(code))
      return true;
    if (typeof e.message === 'string' && unreachableMessages.test(e.message)) return true;
  }
  return false;
}

/**
 * Whether a write failed because a row it points to was deleted after the request looked it up
 * (a partner removed while an import was being read, say): a race between two users, not a fault.
 * SQLite names it in the code, PostgreSQL as SQLSTATE 23503.
 */
export function isReferenceGone(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; [key: string]: unknown };
}

function fieldsFromValidation(lang: Lang, err: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of err.validation ?? []) {
    const params = (issue.params ?? {}) as { keys?: string[] };
    const base = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (issue.keyword === 'unrecognized_keys' && params.keys?.length) {
      for (const key of params.keys) {
        fields[base ? `${base}.${key}` : key] = render(lang, 'error.unknownField');
      }
      continue;
    }
    const key = base || err.validationContext || 'body';
    fields[key] ??= issue.message
      ? validationText(lang, { ...params, code: issue.keyword, message: issue.message } as IssueLike)
      : render(lang, 'error.invalidValue');
  }
  return fields;
}

export function errorHandler(err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(request);
  reply.header('content-language', lang);
  if (err instanceof AppError) {
    if ((err.status === 429 || err.status === 503) && err.details?.retryAfterSeconds) {
      reply.header('retry-after', String(err.details.retryAfterSeconds));
    }
    const fields = err.fieldTexts ? renderFields(lang, err.fieldTexts) : undefined;
    const body: ErrorBody = {
      error: { code: err.code, message: render(lang, err.text), ...(fields ? { fields } : {}), ...(err.details ?? {}) },
    };
    return reply.status(err.status).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const body: ErrorBody = {
      error: {
        code: 'invalid_input',
        message: render(lang, 'error.invalid'),
        fields: fieldsFromValidation(lang, err),
      },
    };
    return reply.status(400).send(body);
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = render(lang, fastifyMessages[err.code] ?? 'error.badRequest');
    return reply.status(status).send({ error: { code: err.code ?? 'bad_request', message } } satisfies ErrorBody);
  }
  if (isDatabaseUnavailable(err)) {
    request.log.warn({ code: (err as { code?: string }).code, message: err.message }, 'database unavailable');
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return reply.status(503).send({
      error: { code: 'database_unavailable', message: render(lang, 'error.databaseUnavailable') },
    } satisfies ErrorBody);
  }
  if (isReferenceGone(err)) {
    request.log.warn({ code: (err as { code?: string }).code }, 'a referenced row was deleted meanwhile');
    return reply.status(409).send({
      error: { code: 'reference_gone', message: render(lang, 'error.referenceGone') },
    } satisfies ErrorBody);
  }
  const storage = storageFault(err);
  if (storage) {
    request.log.error({ code: (err as { code?: string }).code, storage }, 'cannot save: storage unavailable');
    reply.header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
    return reply.status(503).send({
      error: { code: 'storage_unavailable', message: render(lang, 'error.storageUnavailable') },
    } satisfies ErrorBody);
  }
  request.log.error({ err }, 'unexpected error');
  return reply
    .status(500)
    .send({ error: { code: 'internal', message: render(lang, 'error.internal') } } satisfies ErrorBody);
}
