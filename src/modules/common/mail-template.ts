import { oneLine } from './text.js';

/**
 * The fixed template of every mail that carries what someone else wrote (an approach, an
 * invitation): Wijknet says who sends it from which network, and the sender's own words come
 * only as a quote, every line marked with "> ", so they can never pass for Wijknet's own text.
 * Names go through oneLine: a name with line breaks cannot break the layout or reach a header.
 */
export interface SenderMail {
  /** Who it is for, e.g. the partner's name; one line. */
  to?: string;
  senderName: string;
  senderEmail?: string | null;
  networkName: string;
  /** Wijknet's own sentence of what this is, e.g. "nodigt je uit …"; may use the names above. */
  what: string;
  /** What the sender wrote themselves (quoted), if anything. */
  message?: string | null;
  /** A heading for a second quote (the network's ambition), and the text. */
  extra?: { label: string; text: string } | null;
  /** What the reader can do next (Wijknet's own words, a link). */
  next: string;
  /** Why the reader gets this mail. */
  why: string;
}

export const quote = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .map((line) => `> ${line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')}`.trimEnd())
    .join('\n');

export function senderMailText(m: SenderMail): string {
  const sender = oneLine(m.senderName) || 'Iemand';
  const network = oneLine(m.networkName);
  const parts = [
    m.to ? `Beste ${oneLine(m.to)},` : 'Hallo,',
    `Dit is een bericht van Wijknet, verstuurd namens ${sender}${m.senderEmail ? ` (${oneLine(m.senderEmail)})` : ''} van het wijknetwerk "${network}". ${m.what}`,
  ];
  if (m.message?.trim()) parts.push(`${sender} schrijft:\n${quote(m.message.trim())}`);
  if (m.extra?.text.trim()) parts.push(`${m.extra.label}\n${quote(m.extra.text.trim())}`);
  parts.push(m.next, m.why);
  return `${parts.join('\n\n')}\n`;
}
