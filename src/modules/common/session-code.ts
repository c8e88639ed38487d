import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../sessions/schemas.js';

/** A werksessie join code; shared because an imported network's open sessions get fresh ones. */
export function newSessionCode(): string {
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[randomInt(0, CODE_ALPHABET.length)];
  return out;
}
