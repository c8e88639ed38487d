import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors.js';

/** Dutch texts for Fastify's own 4xx errors (body parsing, content type, size). */
const fastifyMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Stuur de gegevens als JSON (Content-Type: application/json).',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'De lengte van het verzoek klopt niet.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Het verzoek heeft geen inhoud. Stuur de gegevens als JSON.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Het verzoek is te groot.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'De gegevens zijn geen geldige JSON.',
  FST_ERR_CTP_INVALID_TYPE: 'Het Content-Type van het verzoek is ongeldig.',
  FST_ERR_BAD_URL: 'Dit adres is ongeldig.',
  FST_ERR_MAX_PARAM_LENGTH: 'Dit adres is te lang of ongeldig.',
  FST_ERR_ASYNC_CONSTRAINT: 'Dit adres is ongeldig.',
};

const genericMessage = 'Er ging iets mis bij ons. Probeer het later opnieuw.';

/** Seconds a browser or script is told to wait when the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
const databaseUnavailableMessage = 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.';

const unreachableNetworkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// pg and pg-pool give these errors no code.
const unreachableMessages = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/;

const storageUnavailableMessage =
  'Opslaan lukt nu even niet: de schijf van de server is vol of alleen-lezen. Je wijziging is niet bewaard. Probeer het later opnieuw; de beheerder is gewaarschuwd.';
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
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (['57P01', '57P02', '57P03'].includes(code) || /^08[0-9A-Z]{3}$/.test(code) || unreachableNetworkCodes.has(code)) return true;
    if (typeof e.message === 'string' && unreachableMessages.test(e.message)) return true;
  }
  return false;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; [key: string]: unknown };
}

function fieldsFromValidation(err: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of err.validation ?? []) {
    const params = (issue.params ?? {}) as { keys?: string[] };
    const base = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (issue.keyword === 'unrecognized_keys' && params.keys?.length) {
      for (const key of params.keys) {
        fields[base ? `${base}.${key}` : key] = 'Dit veld kennen we niet. Laat het weg.';
      }
      continue;
    }
    const key = base || err.validationContext || 'body';
    fields[key] ??= issue.message ?? 'Ongeldige waarde.';
  }
  return fields;
}

export function errorHandler(err: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    if ((err.status === 429 || err.status === 503) && err.details?.retryAfterSeconds) {
      reply.header('retry-after', String(err.details.retryAfterSeconds));
    }
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...(err.details ?? {}) } };
    return reply.status(err.status).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const body: ErrorBody = {
      error: {
        code: 'invalid_input',
        message: 'Niet alle velden zijn goed ingevuld. Kijk de velden met een melding na.',
        fields: fieldsFromValidation(err),
      },
    };
    return reply.status(400).send(body);
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = fastifyMessages[err.code] ?? 'Dit verzoek kunnen we niet verwerken.';
    return reply.status(status).send({ error: { code: err.code ?? 'bad_request', message } } satisfies ErrorBody);
  }
  if (isDatabaseUnavailable(err)) {
    request.log.warn({ code: (err as { code?: string }).code, message: err.message }, 'database unavailable');
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return reply.status(503).send({ error: { code: 'database_unavailable', message: databaseUnavailableMessage } } satisfies ErrorBody);
  }
  const storage = storageFault(err);
  if (storage) {
    request.log.error({ code: (err as { code?: string }).code, storage }, 'cannot save: storage unavailable');
    reply.header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
    return reply.status(503).send({ error: { code: 'storage_unavailable', message: storageUnavailableMessage } } satisfies ErrorBody);
  }
  request.log.error({ err }, 'unexpected error');
  return reply.status(500).send({ error: { code: 'internal', message: genericMessage } } satisfies ErrorBody);
}
