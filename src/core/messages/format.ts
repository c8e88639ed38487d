/**
 * The shape of a message catalogue and its renderer. A text names its parameters as `{name}`;
 * a text that counts has one form per plural category of `Intl.PluralRules`, chosen by the
 * parameter `count`. Parameter names are read from the texts at compile time, so a missing or
 * misspelt parameter fails `tsc`.
 */

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface PluralText {
  one: string;
  other: string;
}
export type Text = string | PluralText;
export interface Entry {
  nl: Text;
  en: Text;
}
export type Catalogue = Record<string, Entry>;

/** `{name}` is a parameter; braces around anything with a space (a JSON example) are plain text. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${string} ${string}` ? never : P) | Placeholders<Rest>
  : never;
type TextParams<T> = T extends string
  ? Placeholders<T>
  : T extends PluralText
    ? Placeholders<T['one'] | T['other']> | 'count'
    : never;
/** A parameter may itself be a text of the catalogue (a CSV problem inside an import problem). */
export interface NestedText {
  key: string;
  params?: Record<string, unknown>;
}
export type ParamValue = string | number | NestedText;
export type ParamsOfEntry<E extends Entry> = { [P in TextParams<E['nl']> | TextParams<E['en']>]: ParamValue };

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
const pluralRules: Record<Lang, Intl.PluralRules> = {
  nl: new Intl.PluralRules('nl-NL'),
  en: new Intl.PluralRules('en-GB'),
};

/** Fills one text in: numbers in the language's own form, plurals by the language's rules. */
export function formatText(lang: Lang, text: Text, params: Record<string, string | number> = {}): string {
  let chosen: string;
  if (typeof text === 'string') chosen = text;
  else chosen = pluralRules[lang].select(Number(params.count)) === 'one' ? text.one : text.other;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormats[lang].format(value) : value;
  });
}

/** The parameter names a text uses, for the test that both languages ask for the same ones. */
export function placeholdersOf(text: Text): string[] {
  const all = typeof text === 'string' ? text : `${text.one} ${text.other} {count}`;
  return [...new Set([...all.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * The language a request asks for: English when the client prefers English over Dutch, Dutch in
 * every other case (no header, only other languages, or a tie that lists Dutch first).
 */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'nl';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...attrs] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'nl' && primary !== 'en') continue;
    const qAttr = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
    const q = qAttr ? Number(qAttr.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'nl';
}
