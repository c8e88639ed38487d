/**
 * Practical tips for weak or divided dimensions, in our own words, each pointing at the Wijknet
 * tool that helps. Tips are codes; `tipText` renders them in Dutch or English.
 */

import type { DimensionReading } from './score.js';

export const TIP_TOOLS = ['card', 'goals', 'agreements', 'lead', 'actions', 'session'] as const;
export type TipTool = (typeof TIP_TOOLS)[number];
export type Language = 'nl' | 'en';

interface TipEntry {
  tool: TipTool;
  nl: string;
  en: string;
}

const TIPS = {
  'divided-session': {
    tool: 'session',
    nl: 'De meningen lopen uiteen. Vraag in een werksessie hoe dat komt, zonder te zoeken wie wat heeft geantwoord: wat ziet de een, wat ziet de ander?',
    en: 'Opinions differ. Ask in a working session why that is, without looking for who answered what: what does one person see, and what does another?',
  },
  'generic-session': {
    tool: 'session',
    nl: 'Bespreek deze uitkomst samen in een werksessie: wat herken je, en wat verrast je?',
    en: 'Discuss this result together in a working session: what do you recognise, and what surprises you?',
  },
  'generic-agreements': {
    tool: 'agreements',
    nl: 'Maak één concrete afspraak om dit beter te maken, met een datum om er weer samen naar te kijken.',
    en: 'Make one concrete agreement to improve this, with a date to look at it together again.',
  },
  'shared-goal-ladder': {
    tool: 'goals',
    nl: 'Laat elke partner een waarom-ladder invullen bij "Doel expliciet maken". Dan zie je waar jullie doelen samenkomen.',
    en: 'Ask every partner to fill in a why ladder in "Make the goal explicit". Then you see where your goals meet.',
  },
  'shared-goal-horizon': {
    tool: 'session',
    nl: 'Kies in een werksessie samen een stip op de horizon: één zin over wat jullie over een paar jaar willen bereiken.',
    en: 'In a working session, choose a point on the horizon together: one sentence about what you want to achieve in a few years.',
  },
  'shared-goal-values': {
    tool: 'card',
    nl: 'Vul de kolom Waarden van de partnerschapskaart in: wanneer vind jij de samenwerking geslaagd?',
    en: 'Fill in the Values column of the partnership card: when would you call the collaboration a success?',
  },
  'trust-relations': {
    tool: 'card',
    nl: 'Bespreek de kolom Relaties van de partnerschapskaart: hoe gaan jullie met elkaar om, en wat heb je van elkaar nodig?',
    en: 'Discuss the Relationships column of the partnership card: how do you treat each other, and what do you need from each other?',
  },
  'trust-small-agreements': {
    tool: 'agreements',
    nl: 'Maak een paar kleine afspraken die je zeker kunt nakomen, en kijk na een maand samen of het gelukt is.',
    en: 'Make a few small agreements you can surely keep, and check together after a month whether it worked.',
  },
  'trust-session': {
    tool: 'session',
    nl: 'Houd een werksessie waarin ieder vertelt wat er nodig is om vrij te kunnen praten.',
    en: 'Hold a working session in which everyone says what they need to speak freely.',
  },
  'roles-agreements': {
    tool: 'agreements',
    nl: 'Leg bij Afspraken vast wie waarvoor verantwoordelijk is en wie wat mag beslissen.',
    en: 'Record under Agreements who is responsible for what and who may decide what.',
  },
  'roles-owners': {
    tool: 'actions',
    nl: 'Zet in het actieplan bij elke actie één eigenaar en een datum.',
    en: 'In the action plan, give every action one owner and a date.',
  },
  'roles-card': {
    tool: 'card',
    nl: 'Bespreek de kolom Handelen van de partnerschapskaart: wie doet wat, en vanuit welke rol?',
    en: 'Discuss the Acting column of the partnership card: who does what, and from which role?',
  },
  'communication-agreements': {
    tool: 'agreements',
    nl: 'Spreek af hoe en hoe vaak jullie elkaar op de hoogte houden, en leg dat vast bij Afspraken.',
    en: 'Agree how and how often you keep each other informed, and record it under Agreements.',
  },
  'communication-session': {
    tool: 'session',
    nl: 'Laat in een werksessie iedereen aan het woord: ieder antwoordt op de eigen telefoon, ook wie in een overleg stil is.',
    en: 'Give everyone a voice in a working session: everyone answers on their own phone, also those who are quiet in meetings.',
  },
  'communication-decisions': {
    tool: 'lead',
    nl: 'Vraag de kartrekker om na elk overleg de besluiten kort rond te sturen.',
    en: 'Ask the network lead to send round the decisions briefly after every meeting.',
  },
  'lead-hours': {
    tool: 'lead',
    nl: 'Leg op de kartrekkerpagina vast hoeveel uur de kartrekker heeft en wie die uren betaalt.',
    en: 'Record on the network lead page how many hours the lead has and who pays for them.',
  },
  'lead-deputy': {
    tool: 'lead',
    nl: 'Wijs een vervanger aan, zodat het netwerk doorgaat als de kartrekker er niet is.',
    en: 'Appoint a deputy, so the network keeps going when the lead is away.',
  },
  'lead-mandate': {
    tool: 'agreements',
    nl: 'Maak een afspraak over wat de kartrekker mag beslissen zonder eerst iedereen te vragen.',
    en: 'Make an agreement about what the network lead may decide without asking everyone first.',
  },
  'residents-session': {
    tool: 'session',
    nl: 'Nodig bewoners uit voor een werksessie. Meedoen kan met een korte code op de eigen telefoon, zonder account.',
    en: 'Invite residents to a working session. They can join with a short code on their own phone, without an account.',
  },
  'residents-card': {
    tool: 'card',
    nl: 'Vraag bewoners om een eigen partnerschapskaart in te vullen, zodat hun wensen in de gezamenlijke kaart komen.',
    en: 'Ask residents to fill in their own partnership card, so their wishes end up in the joint card.',
  },
  'residents-agreements': {
    tool: 'agreements',
    nl: 'Leg bij Afspraken vast hoe bewoners meebeslissen, en op welk moment.',
    en: 'Record under Agreements how residents have a say, and at which moment.',
  },
  'results-indicators': {
    tool: 'goals',
    nl: 'Geef elk doel een indicator: iets wat je kunt tellen of laten zien.',
    en: 'Give every goal an indicator: something you can count or show.',
  },
  'results-actions': {
    tool: 'actions',
    nl: 'Kijk samen naar het actieplan: wat is af, en wat heeft het opgeleverd?',
    en: 'Look at the action plan together: what is done, and what did it bring?',
  },
  'results-stories': {
    tool: 'session',
    nl: 'Vertel in een werksessie een voorbeeld van een bewoner die iets merkte van jullie samenwerking.',
    en: 'In a working session, share an example of a resident who noticed something of your collaboration.',
  },
  'continuity-after-project': {
    tool: 'agreements',
    nl: 'Maak een afspraak over wat er gebeurt na de projectperiode: wie betaalt er, en wie trekt de kar?',
    en: 'Make an agreement about what happens after the project period: who pays, and who leads?',
  },
  'continuity-deputy': {
    tool: 'lead',
    nl: 'Wijs een vervanger voor de kartrekker aan en leg vast hoe het werk wordt overgedragen.',
    en: 'Appoint a deputy for the network lead and record how the work is handed over.',
  },
  'continuity-plan': {
    tool: 'actions',
    nl: 'Vernieuw het actieplan elk jaar, zodat de samenwerking niet stilvalt.',
    en: 'Renew the action plan every year, so the collaboration does not stall.',
  },
} as const satisfies Record<string, TipEntry>;

export type TipId = keyof typeof TIPS;

/** Tips per dimension of Wijknet's own scan; other instruments get the general tips. */
const BY_DIMENSION: Record<string, readonly TipId[]> = {
  'shared-goal': ['shared-goal-ladder', 'shared-goal-horizon', 'shared-goal-values'],
  trust: ['trust-relations', 'trust-small-agreements', 'trust-session'],
  roles: ['roles-agreements', 'roles-owners', 'roles-card'],
  communication: ['communication-agreements', 'communication-session', 'communication-decisions'],
  lead: ['lead-hours', 'lead-deputy', 'lead-mandate'],
  residents: ['residents-session', 'residents-card', 'residents-agreements'],
  results: ['results-indicators', 'results-actions', 'results-stories'],
  continuity: ['continuity-after-project', 'continuity-deputy', 'continuity-plan'],
};

export interface Tip {
  id: TipId;
  tool: TipTool;
}

export interface DimensionTips {
  id: string;
  tips: Tip[];
}

/**
 * Two or three tips for each weak or divided dimension. A divided dimension first gets the tip to
 * talk about the differences, since a mean hides a split group.
 */
export function tipsFor(readings: readonly DimensionReading[]): DimensionTips[] {
  const out: DimensionTips[] = [];
  for (const reading of readings) {
    if (!reading.weak && !reading.divided) continue;
    const own = BY_DIMENSION[reading.id];
    let ids: TipId[];
    if (reading.divided) ids = ['divided-session', ...(own ? own.slice(0, 2) : ['generic-agreements' as const])];
    else ids = own ? [...own] : ['generic-session', 'generic-agreements'];
    out.push({ id: reading.id, tips: ids.map((id) => ({ id, tool: TIPS[id].tool })) });
  }
  return out;
}

const TOOL_NAMES: Record<TipTool, Record<Language, string>> = {
  card: { nl: 'Partnerschapskaart', en: 'Partnership card' },
  goals: { nl: 'Doel expliciet maken', en: 'Make the goal explicit' },
  agreements: { nl: 'Afspraken', en: 'Agreements' },
  lead: { nl: 'Kartrekker', en: 'Network lead' },
  actions: { nl: 'Actieplan', en: 'Action plan' },
  session: { nl: 'Werksessie', en: 'Working session' },
};

export function tipText(id: TipId, language: Language): string {
  return TIPS[id][language];
}

export function toolName(tool: TipTool, language: Language): string {
  return TOOL_NAMES[tool][language];
}
