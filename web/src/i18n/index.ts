import { useSyncExternalStore } from 'react';
import { nl, type MessageKey } from './nl';
import { en } from './en';
import { plurals } from '@domain/plural.ts';

export type Locale = 'nl' | 'en';
export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };
const STORAGE_KEY = 'wijknet-locale';

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    /* storage may be blocked; Dutch is the default */
  }
  return 'nl';
}

let current: Locale = initialLocale();
const listeners = new Set<() => void>();

function apply(locale: Locale) {
  document.documentElement.lang = locale;
}
apply(current);

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale) {
  if (locale === current) return;
  current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* ignore */
  }
  apply(locale);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Vars = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const text = catalogues[locale][key] ?? nl[key];
  if (!vars) return text;
  return plurals(intlLocale(locale), text, vars).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale);
}

export type T = (key: MessageKey, vars?: Vars) => string;

/** The translation function for the current language; re-renders when the language changes. */
export function useT(): T {
  const locale = useLocale();
  return (key, vars) => translate(locale, key, vars);
}

const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** An ISO week, "2026-W49", as "week 49 van 2026". */
export function formatWeek(t: T, isoWeek: string): string {
  const [year, week] = isoWeek.split('-W');
  return t('fb.view.weekOf', { week: Number(week), year: year ?? '' });
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
