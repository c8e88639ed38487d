/**
 * One line of text for a mail header or a one-line place (a subject, a name in a sentence):
 * line breaks and other control characters become a space, so a name can never add a header
 * or break a layout.
 */
export const oneLine = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
