import { useCallback, useRef, useState } from 'react';
import { useT } from '../i18n';
import { ApiError } from './client';

export interface MutationOptions {
  /** The version of the record the form edits; conflicts and saves keep it current. */
  version?: number;
  /** Show field errors of list items ("themes.0") on the list field ("themes"). */
  groupListFields?: boolean;
  /** A version conflict shows only the conflict alert, not the error message as well. */
  quietConflict?: boolean;
  /** Runs may overlap (buttons on many rows of a live list); busy while any runs. */
  parallel?: boolean;
}

export interface RunOptions {
  /** Handles an error itself; returning true leaves error, fields and conflict untouched. */
  onError?: (err: ApiError) => boolean | void;
}

export interface Mutation<C> {
  busy: boolean;
  error: ApiError | null;
  /** Messages per field, from a 4xx answer or from `invalid`. */
  fields: Record<string, string>;
  /** What the server holds now, after a version conflict; null otherwise. */
  current: C | null;
  /** The version to send with the next save. */
  version: number;
  /**
   * Runs `action` once at a time: busy while it runs, error, fields and conflict from what it
   * throws. It receives the version to send. Resolves true when it succeeded.
   */
  run: (action: (version: number) => Promise<unknown>, options?: RunOptions) => Promise<boolean>;
  /** A client-side check failed: the general "check the fields" message and these field messages. */
  invalid: (fields: Record<string, string>) => void;
  /** Shows an error that did not come from `run`. */
  fail: (err: unknown) => void;
  /** Forgets error, fields and conflict. */
  reset: () => void;
  /** Field messages from a check in the browser that needs no general message (a file too big). */
  setFields: (fields: Record<string, string>) => void;
}

export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, { code: 'network', message: '' });
}

function fieldsOf(err: ApiError, groupListFields: boolean): Record<string, string> {
  if (!groupListFields) return err.fields;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(err.fields)) out[key.split('.')[0]] ??= message;
  return out;
}

const versionOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' && typeof (value as { version?: unknown }).version === 'number'
    ? (value as { version: number }).version
    : undefined;

/**
 * The state every form and mutation of the app needs: busy, the error message, field errors from
 * a 4xx answer ({error: {code, message, fields}}) and, for versioned records, the optimistic
 * version. A 409 version_conflict carries `current`: it becomes `current` and its version the one
 * to send next, so saving again puts the user's own text on top of the newest version.
 */
export function useMutation<C = unknown>(options: MutationOptions = {}): Mutation<C> {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [current, setCurrent] = useState<C | null>(null);
  const [version, setVersion] = useState(options.version ?? 0);
  // A ref as well as state: a second click in the same render must not start a second request.
  const running = useRef(0);
  const versioned = options.version !== undefined;
  const { groupListFields = false, quietConflict = false, parallel = false } = options;

  const run = useCallback(
    async (action: (version: number) => Promise<unknown>, runOptions: RunOptions = {}) => {
      if (running.current > 0 && !parallel) return false;
      running.current += 1;
      setBusy(true);
      setError(null);
      setFields({});
      try {
        const result = await action(version);
        setCurrent(null);
        const saved = versioned ? versionOf(result) : undefined;
        if (saved !== undefined) setVersion(saved);
        return true;
      } catch (err) {
        const apiErr = asApiError(err);
        if (runOptions.onError?.(apiErr) === true) return false;
        const now = apiErr.body.current;
        const conflict = apiErr.code === 'version_conflict' && now != null;
        if (conflict) {
          setCurrent(now as C);
          const v = versionOf(now);
          if (v !== undefined) setVersion(v);
        }
        if (!(conflict && quietConflict)) {
          setError(apiErr);
          setFields(fieldsOf(apiErr, groupListFields));
        }
        return false;
      } finally {
        running.current -= 1;
        if (running.current === 0) setBusy(false);
      }
    },
    [version, versioned, groupListFields, quietConflict, parallel],
  );

  const invalid = useCallback(
    (messages: Record<string, string>) => {
      setFields(messages);
      setError(new ApiError(422, { code: 'invalid_input', message: t('form.checkFields') }));
    },
    [t],
  );
  const fail = useCallback((err: unknown) => setError(asApiError(err)), []);
  const reset = useCallback(() => {
    setError(null);
    setFields({});
    setCurrent(null);
  }, []);

  return { busy, error, fields, current, version, run, invalid, fail, reset, setFields };
}
