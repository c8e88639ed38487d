/**
 * The System Usability Scale (Brooke, 1996): ten fixed items, answered 1 (helemaal mee oneens)
 * to 5 (helemaal mee eens), scored the standard way. "Het systeem" is replaced by the product's
 * name, as is usual and does not change the scale. The Dutch wording follows the common Dutch
 * translation; the items are not ours to rewrite.
 */
import type { Text } from './text.js';

export const SUS_ITEMS: readonly Text[] = [
  {
    nl: 'Ik denk dat ik Wijknet graag regelmatig zou gebruiken.',
    en: 'I think that I would like to use Wijknet frequently.',
  },
  { nl: 'Ik vond Wijknet onnodig complex.', en: 'I found Wijknet unnecessarily complex.' },
  { nl: 'Ik vond Wijknet makkelijk te gebruiken.', en: 'I thought Wijknet was easy to use.' },
  {
    nl: 'Ik denk dat ik ondersteuning nodig heb van een technisch persoon om Wijknet te kunnen gebruiken.',
    en: 'I think that I would need the support of a technical person to be able to use Wijknet.',
  },
  {
    nl: 'Ik vond dat de verschillende functies in Wijknet erg goed geïntegreerd zijn.',
    en: 'I found the various functions in Wijknet were well integrated.',
  },
  {
    nl: 'Ik vond dat er te veel inconsistentie in Wijknet zit.',
    en: 'I thought there was too much inconsistency in Wijknet.',
  },
  {
    nl: 'Ik stel me voor dat de meeste mensen zeer snel zouden leren om Wijknet te gebruiken.',
    en: 'I would imagine that most people would learn to use Wijknet very quickly.',
  },
  { nl: 'Ik vond Wijknet erg omslachtig in gebruik.', en: 'I found Wijknet very cumbersome to use.' },
  { nl: 'Ik voelde me erg zelfverzekerd tijdens het gebruik van Wijknet.', en: 'I felt very confident using Wijknet.' },
  {
    nl: 'Ik moest veel leren voordat ik aan de gang kon gaan met Wijknet.',
    en: 'I needed to learn a lot of things before I could get going with Wijknet.',
  },
];

export const SUS_SCALE: Readonly<Record<1 | 2 | 3 | 4 | 5, Text>> = {
  1: { nl: 'Helemaal mee oneens', en: 'Strongly disagree' },
  2: { nl: 'Mee oneens', en: 'Disagree' },
  3: { nl: 'Neutraal', en: 'Neutral' },
  4: { nl: 'Mee eens', en: 'Agree' },
  5: { nl: 'Helemaal mee eens', en: 'Strongly agree' },
};

/** Why a set of answers cannot be scored, naming the item, or null. Every item is required. */
export function susAnswerError(answers: readonly unknown[]): Text | null {
  if (answers.length !== SUS_ITEMS.length) {
    return { nl: `Beantwoord alle ${SUS_ITEMS.length} vragen.`, en: `Answer all ${SUS_ITEMS.length} questions.` };
  }
  const wrong = answers.findIndex((a) => !Number.isInteger(a) || (a as number) < 1 || (a as number) > 5);
  if (wrong >= 0) {
    return {
      nl: `Vraag ${wrong + 1}: kies een antwoord van 1 tot en met 5.`,
      en: `Question ${wrong + 1}: choose an answer from 1 to 5.`,
    };
  }
  return null;
}

/**
 * 0–100: odd items (positive wording) count answer − 1, even items (negative wording) count
 * 5 − answer; the sum (0–40) times 2.5.
 */
export function susScore(answers: readonly number[]): number {
  const error = susAnswerError(answers);
  if (error) throw new Error(error.en);
  const sum = answers.reduce((total, a, i) => total + (i % 2 === 0 ? a - 1 : 5 - a), 0);
  return sum * 2.5;
}
