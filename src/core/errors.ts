/**
 * The one error type of the application: a stable code for programs, an HTTP status, and a
 * Dutch message for people, with optional per-field messages.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const errors = {
  unauthenticated: () => new AppError(401, 'unauthenticated', 'Log eerst in om verder te gaan.'),
  forbidden: (message = 'Je rol in dit netwerk geeft geen toestemming hiervoor.') =>
    new AppError(403, 'forbidden', message),
  notFound: (message = 'Dit bestaat niet (meer), of je hebt er geen toegang toe.') =>
    new AppError(404, 'not_found', message),
  conflict: (message: string, details?: Record<string, unknown>) =>
    new AppError(409, 'conflict', message, undefined, details),
  stale: (current: unknown) =>
    new AppError(
      409,
      'version_conflict',
      'Iemand anders heeft dit intussen ook gewijzigd. Bekijk de nieuwe versie en voer je wijziging opnieuw uit.',
      undefined,
      { current },
    ),
  invalid: (fields: Record<string, string>, message = 'Niet alle velden zijn goed ingevuld. Kijk de velden met een melding na.') =>
    new AppError(422, 'invalid_input', message, fields),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(
      429,
      'rate_limited',
      `Te veel pogingen achter elkaar. Probeer het over ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minuten opnieuw.`,
      undefined,
      { retryAfterSeconds },
    ),
};
