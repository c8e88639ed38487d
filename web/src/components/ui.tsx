import {
  useId,
  type ComponentProps,
  type ReactNode,
  type SelectHTMLAttributes,
  type InputHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { Link, type LinkProps } from 'react-router';
import { useT } from '../i18n';
import { ApiError } from '../api/client';
import type { T } from '../i18n';

type Variant = 'primary' | 'secondary' | 'subtle' | 'danger';

const variantClass: Record<Variant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--secondary-action utrecht-button--danger',
};

export function Button({
  variant = 'primary',
  type = 'button',
  className = '',
  busy,
  ...rest
}: ComponentProps<'button'> & { variant?: Variant; busy?: boolean }) {
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={busy || undefined}
      className={`utrecht-button ${variantClass[variant]} ${busy ? 'utrecht-button--busy' : ''} ${className}`.trim()}
    />
  );
}

export function ButtonLink({
  variant = 'primary',
  className = '',
  ...rest
}: LinkProps & { variant?: 'primary' | 'secondary' }) {
  return (
    <Link
      {...rest}
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant}-action ${className}`.trim()}
    />
  );
}

export function TextLink(props: LinkProps) {
  return <Link {...props} className={`utrecht-link utrecht-link--html-a ${props.className ?? ''}`.trim()} />;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group wk-button-group">{children}</div>;
}

export function Heading({ level, children, id }: { level: 2 | 3; children: ReactNode; id?: string }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead, small }: { children: ReactNode; lead?: boolean; small?: boolean }) {
  return (
    <p
      className={`utrecht-paragraph ${lead ? 'utrecht-paragraph--lead' : ''} ${small ? 'utrecht-paragraph--small' : ''}`.trim()}
    >
      {children}
    </p>
  );
}

export function Alert({
  type = 'info',
  children,
  live,
}: {
  type?: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
  live?: boolean;
}) {
  const role = live ? (type === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** The Dutch message of an API error, or a general one when the server could not be reached. */
export function errorText(err: unknown, t: T): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('error.network');
    if (err.message) return err.message;
  }
  return t('error.generic');
}

export function ErrorAlert({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert type="error" live>
      {errorText(error, t)}
    </Alert>
  );
}

interface FieldShellProps {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  kind?: 'text' | 'checkbox';
  hideLabel?: boolean;
  children: ReactNode;
}

function FieldShell({ id, label, description, error, required, kind = 'text', hideLabel, children }: FieldShellProps) {
  const t = useT();
  const labelNode = (
    <label
      className={`utrecht-form-label ${kind === 'checkbox' ? 'utrecht-form-label--checkbox' : ''} ${hideLabel ? 'wk-visually-hidden' : ''}`}
      htmlFor={id}
    >
      {label}
      {required ? <span className="wk-required"> ({t('form.required')})</span> : null}
    </label>
  );
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind} ${error ? 'utrecht-form-field--invalid' : ''}`}>
      {kind === 'checkbox' ? (
        <div className="wk-checkbox-row">
          {children}
          {labelNode}
        </div>
      ) : (
        <div className="utrecht-form-field__label">{labelNode}</div>
      )}
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      {kind === 'text' ? <div className="utrecht-form-field__input">{children}</div> : null}
    </div>
  );
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type Common = { label: string; description?: ReactNode; error?: string; required?: boolean; hideLabel?: boolean };

export function TextField({
  label,
  description,
  error,
  required,
  hideLabel,
  id: givenId,
  className = '',
  ...input
}: Common & ComponentProps<'input'>) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required} hideLabel={hideLabel}>
      <input
        {...input}
        id={id}
        type={input.type ?? 'text'}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        className={`utrecht-textbox utrecht-textbox--html-input ${error ? 'utrecht-textbox--invalid' : ''} ${className}`.trim()}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  description,
  error,
  required,
  id: givenId,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <textarea
        rows={4}
        {...input}
        id={id}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        className={`utrecht-textarea utrecht-textarea--html-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  description,
  error,
  required,
  hideLabel,
  id: givenId,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required} hideLabel={hideLabel}>
      <select
        {...select}
        id={id}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        className={`utrecht-select utrecht-select--html-select ${error ? 'utrecht-select--invalid' : ''}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({
  label,
  description,
  error,
  id: givenId,
  ...input
}: Omit<Common, 'required'> & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <FieldShell id={id} label={label} description={description} error={error} kind="checkbox">
      <input
        {...input}
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />
    </FieldShell>
  );
}

export function Fieldset({
  legend,
  children,
  description,
}: {
  legend: string;
  children: ReactNode;
  description?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby={description ? id : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? (
        <p className="utrecht-form-field-description" id={id}>
          {description}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

/** The reminder shown wherever people type free text that could be about residents. */
export function PrivacyHint() {
  const t = useT();
  return <>{t('form.privacyHint')}</>;
}

export function Loading() {
  const t = useT();
  return (
    <p className="utrecht-paragraph" role="status">
      {t('common.loading')}
    </p>
  );
}

export function Table({
  caption,
  children,
  className = '',
}: {
  caption: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    // Focusable so keyboard users can scroll a table that is wider than a phone screen.
    <div className="utrecht-table-container wk-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={`utrecht-table utrecht-table--html-table wk-stack ${className}`.trim()}>
        <caption className="utrecht-table__caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
