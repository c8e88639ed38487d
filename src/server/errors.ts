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
    fields[key] ??= issue.message ? validationText(lang, { ...params, code: issue.keyword, message: issue.message } as IssueLike) : render(lang, 'error.invalidValue');
  }
  return fields;
}

export function errorHandler(err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(request);
  reply.header('content-language', lang);
  if (err instanceof AppError) {
    if (err.status === 429 && err.details?.retryAfterSeconds) {
      reply.header('retry-after', String(err.details.retryAfterSeconds));
    }
    const fields = err.fieldTexts ? renderFields(lang, err.fieldTexts) : undefined;
    const body: ErrorBody = { error: { code: err.code, message: render(lang, err.text), ...(fields ? { fields } : {}), ...(err.details ?? {}) } };
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
  request.log.error({ err }, 'unexpected error');
  return reply.status(500).send({ error: { code: 'internal', message: render(lang, 'error.internal') } } satisfies ErrorBody);
}
