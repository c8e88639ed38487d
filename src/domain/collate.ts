/**
 * Dutch alphabetical order. One collator for the process: `a.localeCompare(b, 'nl')` builds a new
 * one on every call, which costs about 15 µs — a millisecond for one sorted page of 50 names.
 */
const collator = new Intl.Collator('nl');

export const compareDutch = (a: string, b: string): number => collator.compare(a, b);
