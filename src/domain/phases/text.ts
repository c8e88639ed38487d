/**
 * Texts in two languages, and messages with parameters that are rendered with the right
 * plural (Intl.PluralRules), numbers in the locale's form (1.234 in Dutch) and lists joined
 * the locale's way ("a, b en c"). Pure code, so the server, the CLI and the web app render the
 * same sentence from the same code and parameters.
 */

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** A fixed text in both languages. */
export interface Text {
  nl: string;
  en: string;
}

/**
 * A sentence that depends on a number. `count` names the parameter that picks the form;
 * `zero` is used for exactly 0 when given, because "Nog geen relaties" reads better than
 * "0 relaties" and PluralRules has no zero category in Dutch or English.
 */
export interface PluralForm {
  count: string;
  zero?: string;
  one: string;
  other: string;
}

export type MessageForm = string | PluralForm;

export interface Message {
  nl: MessageForm;
  en: MessageForm;
}

export type ParamValue = number | string | readonly string[];
export type Params = Readonly<Record<string, ParamValue>>;

const TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const pluralRules: Record<Locale, Intl.PluralRules> = {
  nl: new Intl.PluralRules(TAG.nl),
  en: new Intl.PluralRules(TAG.en),
};
const numberFormat: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(TAG.nl, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(TAG.en, { maximumFractionDigits: 1 }),
};
const listFormat: Record<Locale, Intl.ListFormat> = {
  nl: new Intl.ListFormat(TAG.nl, { type: 'conjunction' }),
  en: new Intl.ListFormat(TAG.en, { type: 'conjunction' }),
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The parameter names a form uses, the plural's `count` included. */
export function placeholders(form: MessageForm): Set<string> {
  const texts = typeof form === 'string' ? [form] : [form.zero ?? '', form.one, form.other];
  const names = new Set<string>(typeof form === 'string' ? [] : [form.count]);
  for (const text of texts) for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1]);
  return names;
}

function formatValue(value: ParamValue, locale: Locale): string {
  if (typeof value === 'number') return numberFormat[locale].format(value);
  if (typeof value === 'string') return value;
  return listFormat[locale].format(value);
}

/** Renders one form. A missing parameter is a programming error, so it throws rather than showing "{count}". */
export function renderForm(form: MessageForm, locale: Locale, params: Params = {}): string {
  let text: string;
  if (typeof form === 'string') {
    text = form;
  } else {
    const n = params[form.count];
    if (typeof n !== 'number') throw new Error(`Parameter ${form.count} must be a number`);
    text =
      n === 0 && form.zero !== undefined ? form.zero : pluralRules[locale].select(n) === 'one' ? form.one : form.other;
  }
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing parameter ${name}`);
    return formatValue(value, locale);
  });
}

export function renderMessage(message: Message, locale: Locale, params: Params = {}): string {
  return renderForm(message[locale], locale, params);
}
