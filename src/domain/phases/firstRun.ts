/**
 * The first run of a new network: three questions, and from the answers a suggested phase and
 * first step with a short reason. Only a suggestion: every phase stays open to the network.
 */
import { stepDefinition, type StepId } from './steps.js';
import type { Text } from './text.js';
import type { Phase } from './tools.js';

export const DURATION_OPTIONS = ['notYet', 'underOneYear', 'oneToThreeYears', 'overThreeYears'] as const;
export const ON_BOARD_OPTIONS = ['alone', 'fewPartners', 'severalDomains', 'severalDomainsAndResidents'] as const;
export const HAVE_OPTIONS = ['plan', 'kartrekker', 'funding'] as const;

export type Duration = (typeof DURATION_OPTIONS)[number];
export type OnBoard = (typeof ON_BOARD_OPTIONS)[number];
export type Have = (typeof HAVE_OPTIONS)[number];

export interface FirstRunAnswers {
  duration: Duration;
  onBoard: OnBoard;
  /** Any of them, or none. */
  have: readonly Have[];
}

export interface FirstRunQuestion<Id extends string = string> {
  id: 'duration' | 'onBoard' | 'have';
  text: Text;
  /** true: tick any number of options (none is an answer too). */
  multiple: boolean;
  options: { id: Id; label: Text }[];
}

export const FIRST_RUN_INTRO: Text = {
  nl: 'Drie vragen, zodat Wijknet weet waar jullie staan. Daarna stellen we voor waar je kunt beginnen. Je kunt altijd ergens anders beginnen.',
  en: 'Three questions, so Wijknet knows where you stand. Then we suggest where you could start. You can always start somewhere else.',
};

export const FIRST_RUN_QUESTIONS: readonly [
  FirstRunQuestion<Duration>,
  FirstRunQuestion<OnBoard>,
  FirstRunQuestion<Have>,
] = [
  {
    id: 'duration',
    text: { nl: 'Hoe lang werken jullie al samen?', en: 'How long have you been working together?' },
    multiple: false,
    options: [
      {
        id: 'notYet',
        label: {
          nl: 'Nog niet: ik zoek nog mensen om mee samen te werken',
          en: 'Not yet: I am still looking for people to work with',
        },
      },
      { id: 'underOneYear', label: { nl: 'Korter dan een jaar', en: 'Less than a year' } },
      { id: 'oneToThreeYears', label: { nl: 'Een tot drie jaar', en: 'One to three years' } },
      { id: 'overThreeYears', label: { nl: 'Langer dan drie jaar', en: 'More than three years' } },
    ],
  },
  {
    id: 'onBoard',
    text: { nl: 'Wie doen er mee?', en: 'Who is on board?' },
    multiple: false,
    options: [
      { id: 'alone', label: { nl: 'Alleen ik, of ik met één collega', en: 'Just me, or me and one colleague' } },
      { id: 'fewPartners', label: { nl: 'Een paar partners', en: 'A few partners' } },
      {
        id: 'severalDomains',
        label: {
          nl: 'Partners uit verschillende hoeken, zoals zorg, welzijn, wonen en gemeente',
          en: 'Partners from different fields, such as care, welfare, housing and the municipality',
        },
      },
      {
        id: 'severalDomainsAndResidents',
        label: {
          nl: 'Partners uit verschillende hoeken, en ook bewoners',
          en: 'Partners from different fields, and residents too',
        },
      },
    ],
  },
  {
    id: 'have',
    text: { nl: 'Wat hebben jullie al? Kruis aan wat er is.', en: 'What do you already have? Tick what is there.' },
    multiple: true,
    options: [
      { id: 'plan', label: { nl: 'Een plan met doelen', en: 'A plan with goals' } },
      {
        id: 'kartrekker',
        label: {
          nl: 'Een kartrekker: iemand die de samenwerking trekt en daar tijd voor heeft',
          en: 'A network lead: someone who drives the collaboration and has time for it',
        },
      },
      { id: 'funding', label: { nl: 'Geld voor de samenwerking', en: 'Money for the collaboration' } },
    ],
  },
];

export interface FirstRunSuggestion {
  phase: Phase;
  step: StepId;
  reason: Text;
  /** Extra advice that does not change the start, e.g. to involve residents. */
  hints: Text[];
}

const RESIDENTS_HINT: Text = {
  nl: 'Doen er nog geen bewoners mee? Vraag ze er zo vroeg mogelijk bij. Zij weten wat de wijk nodig heeft.',
  en: 'No residents on board yet? Ask them to join as early as you can. They know what the neighbourhood needs.',
};

function suggestion(phase: Phase, step: StepId, reason: Text, answers: FirstRunAnswers): FirstRunSuggestion {
  const def = stepDefinition(step);
  if (!def || def.phase !== phase) throw new Error(`Step ${step} is not in ${phase}`);
  const residentsMissing = answers.onBoard === 'fewPartners' || answers.onBoard === 'severalDomains';
  return { phase, step, reason, hints: residentsMissing ? [RESIDENTS_HINT] : [] };
}

/**
 * From the toolbox's order of things: first allies, then the why-conversation, then a kartrekker
 * with time, then checking how it goes, and once it runs a while, making it last.
 */
export function suggestStart(answers: FirstRunAnswers): FirstRunSuggestion {
  const has = (h: Have) => answers.have.includes(h);
  if (answers.duration === 'notYet' || answers.onBoard === 'alone') {
    return suggestion(
      'verkennen',
      'partners',
      {
        nl: 'Jullie beginnen net. Zoek eerst medestanders: mensen in de wijk die hetzelfde willen.',
        en: 'You are just starting. First find allies: people in the area who want the same thing.',
      },
      answers,
    );
  }
  if (!has('plan')) {
    if (answers.onBoard === 'fewPartners') {
      return suggestion(
        'verkennen',
        'whoIsWho',
        {
          nl: 'Jullie zijn met een paar partners. Kijk wie er nog meer in de wijk werkt, en wie er nog ontbreekt.',
          en: 'You are a few partners. See who else works in the area, and who is still missing.',
        },
        answers,
      );
    }
    return suggestion(
      'vormgeven',
      'ladders',
      {
        nl: 'Jullie zijn al met partners uit verschillende hoeken, maar hebben nog geen plan. Praat eerst samen over wat ieder wil, en waarom.',
        en: 'You already have partners from different fields, but no plan yet. First talk together about what each of you wants, and why.',
      },
      answers,
    );
  }
  if (!has('kartrekker')) {
    return suggestion(
      'vormgeven',
      'lead',
      {
        nl: 'Jullie hebben een plan, maar nog geen kartrekker. Kies iemand die de samenwerking trekt, en geef die tijd.',
        en: 'You have a plan, but no network lead yet. Choose someone to drive the collaboration, and give them time.',
      },
      answers,
    );
  }
  if (answers.duration === 'underOneYear') {
    return suggestion(
      'verdiepen',
      'scan',
      {
        nl: 'Jullie hebben een plan en een kartrekker. Kijk nu met de samenwerkingsscan hoe het gaat. Dan kun je het later vergelijken.',
        en: 'You have a plan and a network lead. Now use the collaboration scan to see how it goes. Then you can compare later.',
      },
      answers,
    );
  }
  if (!has('funding')) {
    return suggestion(
      'verankeren',
      'model',
      {
        nl: 'Jullie werken al langer samen, maar er is geen geld. Laat zien wat de samenwerking oplevert, en voor wie. Dat helpt om geld te vinden.',
        en: 'You have worked together for a while, but there is no money. Show what the collaboration brings, and for whom. That helps to find money.',
      },
      answers,
    );
  }
  return suggestion(
    'verankeren',
    'continuity',
    {
      nl: 'Jullie werken al langer samen en hebben geld. Zorg nu dat de samenwerking blijft, ook als mensen vertrekken.',
      en: 'You have worked together for a while and have money. Now make sure the collaboration lasts, also when people leave.',
    },
    answers,
  );
}
