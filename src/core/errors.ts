import { msg, render, toMessage, type Lang, type Message, type MessageRef } from './messages/index.js';

/**
 * The one error type of the application: a stable code for programs, an HTTP status, and a
 * message key for people (with optional per-field keys), rendered in the request's language by
 * the error handler. `message` and `fields` hold the Dutch texts, for logs and callers outside HTTP.
 */
export class AppError extends Error {
  readonly text: Message;
  readonly fieldTexts?: Record<string, Message>;
  readonly fields?: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: MessageRef,
    fields?: Record<string, MessageRef>,
    readonly details?: Record<string, unknown>,
  ) {
    super(render('nl', message));
    this.text = toMessage(message);
    if (fields) {
      this.fieldTexts = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, toMessage(v)]));
      this.fields = renderFields('nl', this.fieldTexts);
    }
  }
}

export const renderFields = (lang: Lang, fields: Record<string, Message>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, render(lang, v)]));

export const errors = {
  unauthenticated: () => new AppError(401, 'unauthenticated', 'error.unauthenticated'),
  forbidden: (message: MessageRef = 'error.forbidden') => new AppError(403, 'forbidden', message),
  notFound: (message: MessageRef = 'error.notFound') => new AppError(404, 'not_found', message),
  conflict: (message: MessageRef, details?: Record<string, unknown>) =>
    new AppError(409, 'conflict', message, undefined, details),
  stale: (current: unknown) => new AppError(409, 'version_conflict', 'error.versionConflict', undefined, { current }),
  invalid: (fields: Record<string, MessageRef>, message: MessageRef = 'error.invalid') =>
    new AppError(422, 'invalid_input', message, fields),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(
      429,
      'rate_limited',
      msg('error.rateLimited', { count: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }),
      undefined,
      { retryAfterSeconds },
    ),
};
