import { createHash } from 'node:crypto';

/**
 * A network's name for one researcher: the same every time for that researcher, unrelated
 * between researchers (each has a secret salt), and never the network's name or id.
 */
export function pseudonym(salt: string, networkId: string): string {
  return `N-${createHash('sha256').update(`${salt}:${networkId}`).digest('hex').slice(0, 10)}`;
}
