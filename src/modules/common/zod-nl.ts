import { z } from 'zod';

/**
 * Dutch (B1) messages for every validation problem, so each field error a person sees says
 * what to do. Schemas may still give their own, more specific message.
 */
export const dutchErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld is verplicht.';
      return `Dit veld heeft de verkeerde soort waarde (verwacht: ${typeName(issue.expected)}).`;
    case 'too_big':
      if (issue.origin === 'string') return `Gebruik hoogstens ${issue.maximum} tekens.`;
      if (issue.origin === 'array') return `Kies hoogstens ${issue.maximum} waarden.`;
      return `Vul een waarde van hoogstens ${issue.maximum} in.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Vul dit veld in.' : `Gebruik minstens ${issue.minimum} tekens.`;
      if (issue.origin === 'array') return `Kies minstens ${issue.minimum} waarde(n).`;
      return `Vul een waarde van minstens ${issue.minimum} in.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.';
      if (issue.format === 'url') return 'Vul een volledig webadres in, bijvoorbeeld https://www.voorbeeld.nl.';
      return 'Deze waarde heeft niet de goede vorm.';
    case 'invalid_value':
      return `Kies een van deze waarden: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `Onbekend veld: ${issue.keys.join(', ')}. Laat het weg.`;
    case 'not_multiple_of':
      return 'Vul een heel getal in.';
    default:
      return 'Deze waarde is ongeldig.';
  }
};

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'getal',
    int: 'heel getal',
    boolean: 'ja of nee',
    array: 'lijst',
    object: 'object',
  };
  return names[expected] ?? expected;
}

z.config({ customError: dutchErrors });
