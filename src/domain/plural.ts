/**
 * Plural forms in message texts, with the language's own rules (Intl.PluralRules), for the web
 * app's catalogues. Pure code: no I/O.
 */
const PLURAL_START = /\{(\w+), plural,/g;

/**
 * Chooses the form for a number, ICU style, with the language's own plural rules:
 * `{count, plural, one {# relatie} other {# relaties}}` (`=0 {…}` for an exact number; `#` is the
 * number in the language's notation). A form may hold other `{name}` fields and plurals.
 */
export function plurals(locale: string, text: string, vars: Record<string, string | number>): string {
  let out = '';
  let from = 0;
  PLURAL_START.lastIndex = 0;
  for (let m = PLURAL_START.exec(text); m; m = PLURAL_START.exec(text)) {
    const value = Number(vars[m[1]]);
    const forms = new Map<string, string>();
    let i = m.index + m[0].length;
    for (;;) {
      while (text[i] === ' ') i++;
      if (text[i] === '}' || i >= text.length) break;
      const selector = /^(=\d+|\w+)\s*\{/.exec(text.slice(i));
      if (!selector) break;
      i += selector[0].length;
      let depth = 1;
      const start = i;
      for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
      forms.set(selector[1], text.slice(start, i - 1));
    }
    const chosen =
      forms.get(`=${value}`) ?? forms.get(new Intl.PluralRules(locale).select(value)) ?? forms.get('other') ?? '';
    out +=
      text.slice(from, m.index) +
      plurals(locale, chosen, vars).replace(/#/g, new Intl.NumberFormat(locale).format(value));
    from = i + 1;
    PLURAL_START.lastIndex = from;
  }
  return out + text.slice(from);
}
